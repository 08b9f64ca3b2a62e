/**
 * Command-line front end of the analyzer: `npm run -s analyze -- [options] FILE...`.
 * Pure Node + src/core; loaded from scripts/analyze.mjs through Vite's runnerImport.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../core/index';
import type { Diagnosis, RecipientStatus } from '../core/types';

export const USAGE = `Usage: npm run -s analyze -- [options] FILE...

Explains bounce e-mails (NDRs / DSNs): who must act, or whether to wait.

FILE is a raw message (.eml, as "Show original" gives it) or the text a webmail
page shows; "-" reads standard input. Several files may be given.

Options:
  --text            treat input as rendered webmail text (default: auto-detect)
  --json            print one JSON object per input file per line:
                    {"file": ..., ...Diagnosis}
  --subject S       subject shown beside rendered text (with --text or auto-detected text)
  --from ADDRESS    sender shown beside rendered text
  -h, --help        show this help

Exit status: 0 when every input was analysed, 1 when an input could not be
read or analysed (each such input gets one "analyze: FILE: why" line on
stderr; the others are still analysed), 2 on a usage error.`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Uint8Array;
}

export interface CliOptions {
  text: boolean;
  json: boolean;
  subject: string | null;
  from: string | null;
  files: string[];
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { text: false, json: false, subject: null, from: null, files: [], help: false };
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (rest || a === '-' || !a.startsWith('-')) {
      o.files.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--':
        rest = true;
        break;
      case '--text':
        o.text = true;
        break;
      case '--json':
        o.json = true;
        break;
      case '--subject':
        o.subject = value();
        break;
      case '--from':
        o.from = value();
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  return o;
}

/** Why these bytes cannot be a message, or null when they can. */
export function rejectInput(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  let blank = true;
  let control = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (NUL bytes), not an e-mail message or text';
    // TAB LF VT FF CR and ESC (ISO-2022-JP) occur in mail; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1b) control++;
    if (blank && b !== 9 && b !== 10 && b !== 13 && b !== 32) blank = false;
  }
  if (control > n / 100 + 2) return 'binary data (control bytes), not an e-mail message or text';
  if (blank && bytes.length <= n) return 'file holds only whitespace';
  return null;
}

function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

const CODE_LABEL = (r: RecipientStatus): string => {
  const parts = [r.reply !== null ? String(r.reply) : null, r.status].filter((x) => x !== null);
  return parts.length ? parts.join(' ') : '(no code in the notice)';
};

const ACTOR_TEXT: Record<RecipientStatus['actor'], string> = {
  nobody: 'nobody needs to do anything',
  sender: 'the sender',
  'sender-admin': "the sender's mail administrator",
  recipient: 'the recipient',
  'recipient-admin': "the recipient's mail administrator",
};

function verdictLine(r: RecipientStatus): string {
  return r.verdict === 'wait'
    ? `WAIT (${ACTOR_TEXT[r.actor]}; the sending server retries, resending creates duplicates)`
    : `ACT (${ACTOR_TEXT[r.actor]})`;
}

const EVIDENCE_TEXT: Record<RecipientStatus['reasonEvidence']['kind'], string> = {
  provider: "the provider's own wording",
  words: "the server's words",
  status: 'the status code',
  reply: 'the reply code',
  stage: 'the delivery stage',
  reporter: 'the reporting system',
  none: 'nothing in the notice',
};

function evidenceLine(e: RecipientStatus['reasonEvidence']): string {
  return e.text ? `decided by ${EVIDENCE_TEXT[e.kind]}: "${oneLine(e.text)}"` : `decided by ${EVIDENCE_TEXT[e.kind]}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function formatHuman(file: string, d: Diagnosis): string {
  const out: string[] = [`== ${file}`];
  if (!d.bounce) {
    out.push(`Not a bounce${d.kind ? ` (${d.kind} notice)` : ''}: nothing to do.`);
    if (d.reporter || d.reporterName) out.push(`Reporter: ${d.reporterName ?? d.reporter}`);
    return out.join('\n') + '\n';
  }
  const primary = d.recipients[0];
  const head = primary ? (primary.verdict === 'wait' ? 'WAIT' : 'ACT') : 'ACT';
  out.push(`${head}: ${d.advice?.headline || (d.kind === 'delay' ? 'Delivery is delayed' : 'Delivery failed')}`);
  out.push(`Notice:   ${d.kind === 'delay' ? 'delay (still being retried)' : 'failure (delivery given up)'}, read as ${d.input} input${d.forwarded ? ', forwarded by a person' : ''}`);
  out.push(`Reporter: ${d.reporterName ?? d.reporter ?? 'unknown mail system'}${d.reporter && d.reporterName ? ` [${d.reporter}]` : ''}`);
  if (d.recipients.length === 0) out.push('Recipients: none could be identified');
  d.recipients.forEach((r, i) => {
    out.push('', `Recipient ${i + 1}: ${r.address ?? '(address not stated)'}`);
    out.push(`  Action:     ${r.action ?? 'unknown'}`);
    out.push(`  Codes:      ${CODE_LABEL(r)}`);
    out.push(`  Reason:     ${r.reason} (${evidenceLine(r.reasonEvidence)})`);
    out.push(`  Cause:      ${r.cause}`);
    out.push(`  Verdict:    ${verdictLine(r)}`);
    if (r.retryUntil) {
      const w = r.retryUntil;
      const when = [w.until ? `until ${w.until}` : null, w.hours !== null ? `${w.hours} h` : null].filter(Boolean).join(', ');
      out.push(`  Retries:    ${when || 'window unknown'} (${w.note})`);
    }
    if (r.remoteMta) out.push(`  Server:     ${r.remoteMta}`);
    if (r.diagnostic) out.push(`  Diagnostic: ${oneLine(r.diagnostic)}`);
  });
  if (d.advice) {
    if (d.advice.explanation) out.push('', oneLine(d.advice.explanation));
    if (d.advice.steps.length) {
      out.push('', 'What to do:');
      d.advice.steps.forEach((s, i) => out.push(`  ${i + 1}. ${oneLine(s)}`));
    }
    if (d.advice.dnsExamples.length) {
      out.push('', 'DNS examples:');
      for (const x of d.advice.dnsExamples) out.push(`  ${x}`);
    }
  }
  return out.join('\n') + '\n';
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`analyze: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (opts.files.length === 0) {
    io.stderr(`analyze: no input file (use - for standard input)\n\n${USAGE}\n`);
    return 2;
  }
  if (opts.files.filter((f) => f === '-').length > 1) {
    io.stderr('analyze: standard input (-) can be read only once\n');
    return 2;
  }

  let failed = 0;
  let first = true;
  for (const file of opts.files) {
    const name = file === '-' ? '-' : file;
    const label = file === '-' ? 'standard input' : file;
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await io.readStdin() : io.readFile(file);
    } catch (e) {
      io.stderr(`analyze: ${label}: cannot read: ${describeReadError(e)}\n`);
      failed++;
      continue;
    }
    const why = rejectInput(bytes);
    if (why) {
      io.stderr(`analyze: ${label}: ${why}\n`);
      failed++;
      continue;
    }
    let d: Diagnosis;
    try {
      const common = { subject: opts.subject, from: opts.from };
      d = opts.text
        ? analyze(new TextDecoder('utf-8').decode(bytes), { ...common, mode: 'rendered' })
        : analyze(bytes, { ...common, mode: 'auto' });
    } catch (e) {
      io.stderr(`analyze: ${label}: analysis failed: ${(e as Error)?.message ?? String(e)}\n`);
      failed++;
      continue;
    }
    if (opts.json) io.stdout(JSON.stringify({ file: name, ...d }) + '\n');
    else {
      io.stdout((first ? '' : '\n') + formatHuman(name, d));
      first = false;
    }
  }
  return failed ? 1 : 0;
}

/** The real process: used by scripts/analyze.mjs. */
export function nodeIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (p) => new Uint8Array(readFileSync(p)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
