// Draws the extension icon (a magnifying lens over an envelope-red "bounce" dot) at each size the
// manifest lists and writes public/icons/icon-<size>.png. Run once after changing the design;
// the PNGs are committed so the build needs no image tooling.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public/icons');
mkdirSync(outDir, { recursive: true });

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Supersampled coverage keeps small sizes legible without an anti-aliasing library.
function draw(u, v) {
  const samples = 4;
  let acc = [0, 0, 0, 0];
  for (let i = 0; i < samples; i++) for (let j = 0; j < samples; j++) {
    const x = u + (i / samples - 0.5) / 64, y = v + (j / samples - 0.5) / 64;
    const c = shade(x, y);
    acc = acc.map((s, k) => s + c[k]);
  }
  return acc.map((s) => Math.round(s / (samples * samples)));
}
function shade(x, y) {
  const lens = Math.hypot(x - 0.42, y - 0.42);
  const onHandle = (() => {
    const t = ((x - 0.6) + (y - 0.6)) / 2;
    const d = Math.abs((x - 0.6) - (y - 0.6)) / Math.SQRT2;
    return t > 0 && t < 0.3 && d < 0.07;
  })();
  if (onHandle) return [33, 37, 41, 255];
  if (lens > 0.28 && lens < 0.36) return [33, 37, 41, 255];
  if (lens <= 0.28) {
    const dot = Math.hypot(x - 0.42, y - 0.42);
    if (dot < 0.13) return [217, 72, 15, 255];
    return [231, 245, 255, 255];
  }
  return [0, 0, 0, 0];
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(path.join(outDir, `icon-${size}.png`), png(size, draw));
  console.log(`public/icons/icon-${size}.png`);
}
