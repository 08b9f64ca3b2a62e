// Real-browser harness for Bounce Lens: loads the built, unpacked extension (dist/chrome, dist/firefox) into
// Debian Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi) and serves our own
// fixture pages at the REAL webmail URLs by request interception. Every other request is aborted: the tests
// never touch the network (only loopback to the browser's own automation endpoint).
//
// Launch recipes: ../shared/reference/toolchain.md ("Real-browser tests").
//
//   const b = await launchBrowser('chromium');            // or 'firefox'
//   const page = await b.openFixture('https://mail.google.com/mail/u/0/#inbox/abc', html);
//   const panels = await waitForPanels(page, 1);           // [{ status, reply, verdict, messageKey, text, ... }]
//   await b.close();
//
// The panel contract (src/content, src/ui): a host element carrying data-bounce-lens="panel", data-status,
// data-reply, data-verdict, data-message-key, with an OPEN shadow root, placed directly above the message body.
import { existsSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);
export const TEST_OUTPUT = path.join(REPO_ROOT, 'test-output');

const BINARIES = {
  chromium: {
    env: 'BOUNCE_LENS_CHROMIUM',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    pkg: 'chromium',
    label: 'Chromium',
  },
  firefox: {
    env: 'BOUNCE_LENS_FIREFOX',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    pkg: 'firefox-esr',
    label: 'Firefox ESR',
  },
};

/** dist/<browser>/ for a harness browser name. */
export function distFor(name) {
  return path.join(REPO_ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
}

/** Path of the browser binary, or an Error that tells how to install it on Debian. */
export function findBinary(name) {
  const spec = BINARIES[name];
  if (!spec) throw new Error(`unknown browser "${name}" (expected one of ${BROWSERS.join(', ')})`);
  const fromEnv = process.env[spec.env];
  const candidates = fromEnv ? [fromEnv] : spec.candidates;
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `${spec.label} not found (looked at ${candidates.join(', ')}). ` +
      `Install it with: sudo apt-get install ${spec.pkg}   ` +
      `(or point ${spec.env} at the binary; to skip this browser on purpose set BOUNCE_LENS_SKIP_BROWSER=${name})`,
  );
}

/** Browsers skipped on purpose through BOUNCE_LENS_SKIP_BROWSER=chromium|firefox (comma-separated). */
export function skippedBrowsers() {
  return (process.env.BOUNCE_LENS_SKIP_BROWSER ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

let skipAnnounced = false;
/**
 * The browsers a suite should run against. A skipped browser is announced loudly; in CI skipping is not
 * allowed at all (the run must test both browsers), so it throws.
 */
export function browsersUnderTest() {
  const skipped = skippedBrowsers();
  for (const s of skipped) {
    if (!BROWSERS.includes(s)) throw new Error(`BOUNCE_LENS_SKIP_BROWSER: unknown browser "${s}"`);
  }
  if (skipped.length && process.env.CI === 'true') {
    throw new Error(`BOUNCE_LENS_SKIP_BROWSER=${skipped.join(',')} is set, but CI must test every browser`);
  }
  if (skipped.length && !skipAnnounced) {
    skipAnnounced = true;
    const line = '!'.repeat(78);
    console.log(`${line}\n!!! BOUNCE_LENS_SKIP_BROWSER: SKIPPING ${skipped.join(', ').toUpperCase()} ON PURPOSE — ` +
      `these e2e tests did NOT run there\n${line}`);
  }
  return BROWSERS.filter((b) => !skipped.includes(b));
}

function requireDist(dist) {
  if (!existsSync(path.join(dist, 'manifest.json')) || !existsSync(path.join(dist, 'content.js'))) {
    throw new Error(`no built extension at ${dist} (manifest.json + content.js); run \`npm run build\` first`);
  }
}

/** URL without its #fragment: what the browser actually requests. */
function requestKey(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

function isLocalScheme(url) {
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') ||
    url.startsWith('chrome-extension:') || url.startsWith('moz-extension:');
}

/** The add-on id from the manifest (Firefox) and a fixed internal UUID for it, so its pages have a known URL. */
const GECKO_ID = 'bounce-lens@example.com';
const FIREFOX_EXTENSION_UUID = '6f1d3c2a-8b4e-4c1f-9a7d-2e5b0c9d4f11';

/** Page bookkeeping (errors, dialogs) kept beside the driver's own page object. */
const pageState = new WeakMap();

function track(page, name) {
  const state = { browser: name, errors: [], dialogs: [], consoleErrors: [], console: [] };
  pageState.set(page, state);
  page.on('pageerror', (err) => state.errors.push(String(err?.stack ?? err?.message ?? err)));
  page.on('dialog', async (dialog) => {
    state.dialogs.push({ type: dialog.type(), message: dialog.message() });
    try {
      await dialog.dismiss();
    } catch {
      /* already gone */
    }
  });
  page.on('console', (msg) => {
    const type = typeof msg.type === 'function' ? msg.type() : msg.type;
    const text = msg.text();
    state.console.push({ type, text });
    if (type !== 'error') return;
    // Aborted requests (our interception refuses everything that is not a fixture) are expected noise.
    if (/Failed to load resource|ERR_FAILED|ERR_BLOCKED|NS_ERROR|net::/.test(text)) return;
    state.consoleErrors.push(text);
  });
  return state;
}

/** Uncaught exceptions the page saw (extension errors surface here). */
export function pageErrors(page) {
  return pageState.get(page)?.errors ?? [];
}
/** alert/confirm/prompt dialogs that fired (each dismissed at once). */
export function pageDialogs(page) {
  return pageState.get(page)?.dialogs ?? [];
}
/** Every console line the page saw, with its type ('error', 'warning'/'warn', 'log', …). */
export function pageConsole(page) {
  return pageState.get(page)?.console ?? [];
}

/** console.error lines, except for the expected aborted-request noise. */
export function pageConsoleErrors(page) {
  return pageState.get(page)?.consoleErrors ?? [];
}

function fixtureResponse(html) {
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: html,
  };
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** New tab (or `page`) showing `html` at the real webmail `url`; the same for both browsers. */
async function openFixture(b, url, html, { page } = {}) {
  b.serve(url, html);
  const p = page ?? (await b.newPage());
  await p.goto(url, { waitUntil: 'load' });
  return p;
}

/**
 * Chromium with the extension, in a fresh temporary profile. `extension: false` launches the same browser
 * without it (benchmarks compare both).
 */
export async function launchChromium({ dist = distFor('chromium'), headless = true, extension = true,
  viewport = DEFAULT_VIEWPORT, args = [], locale = null } = {}) {
  const executablePath = findBinary('chromium');
  if (extension) requireDist(dist);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-chromium-'));
  const extArgs = extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : ['--disable-extensions'];
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless,
      viewport,
      args: [...extArgs, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-default-apps', '--no-default-browser-check', ...(locale ? [`--lang=${locale}`] : []), ...args],
      // Chromium on Linux takes its UI language (and so the extension's) from the environment.
      ...(locale ? { env: { ...process.env, LANGUAGE: locale, LC_ALL: '', LC_MESSAGES: '', LANG: `${locale}.UTF-8` }, locale } : {}),
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const fixtures = new Map();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalScheme(url)) return route.continue();
    const html = fixtures.get(requestKey(url));
    if (html !== undefined) return route.fulfill(fixtureResponse(html));
    return route.abort('blockedbyclient');
  });
  // Pages the persistent context opened by itself (about:blank) are closed: every test page is ours.
  for (const p of context.pages()) await p.close().catch(() => {});

  const b = {
    name: 'chromium',
    context,
    /** Serve `html` at `url` (no navigation). */
    serve(url, html) {
      fixtures.set(requestKey(url), html);
    },
    async newPage() {
      const page = await context.newPage();
      track(page, 'chromium');
      return page;
    },
    openFixture: (url, html, options) => openFixture(b, url, html, options),
    /** chrome-extension://<id>/<file>: the id is read from the background service worker's URL. */
    async extensionUrl(file) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      return `chrome-extension://${new URL(worker.url()).host}/${file}`;
    },
    /** An extension page (popup.html, options.html) in a tab of its own. */
    async openExtensionPage(file, { page } = {}) {
      const p = page ?? (await b.newPage());
      await p.goto(await b.extensionUrl(file), { waitUntil: 'load' });
      return p;
    },
    async setViewport(page, width, height) {
      await page.setViewportSize({ width, height });
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return b;
}

/** Firefox ESR with the extension installed as a temporary add-on (WebDriver BiDi webExtension.install). */
export async function launchFirefox({ dist = distFor('firefox'), headless = true, extension = true,
  viewport = DEFAULT_VIEWPORT, prefs = {}, locale = null } = {}) {
  const executablePath = findBinary('firefox');
  if (extension) requireDist(dist);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: viewport,
    // WebDriver BiDi navigates only to http(s)/file/blob URLs unless this is given; the tests open the
    // add-on's own pages (moz-extension://…/popup.html) in tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // No background traffic into the closed network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // A fixed moz-extension:// UUID for the add-on, so tests can open its pages (popup.html, options.html).
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // The UI language (Debian's firefox-esr-l10n-* language packs provide it).
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
      ...prefs,
    },
  });
  try {
    if (extension) await browser.installExtension(dist);
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
  const fixtures = new Map();
  const b = {
    name: 'firefox',
    browser,
    serve(url, html) {
      fixtures.set(requestKey(url), html);
    },
    async newPage() {
      const page = await browser.newPage();
      track(page, 'firefox');
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.isInterceptResolutionHandled?.()) return;
        const url = req.url();
        if (isLocalScheme(url)) return req.continue().catch(() => {});
        const html = fixtures.get(requestKey(url));
        if (html !== undefined) return req.respond(fixtureResponse(html)).catch(() => {});
        return req.abort('blockedbyclient').catch(() => {});
      });
      return page;
    },
    openFixture: (url, html, options) => openFixture(b, url, html, options),
    async extensionUrl(file) {
      return `moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`;
    },
    async openExtensionPage(file, { page } = {}) {
      const p = page ?? (await b.newPage());
      const url = await b.extensionUrl(file);
      // Firefox loads an extension page in another process and never reports that navigation as finished
      // to WebDriver BiDi (goto would time out): the page itself is asked when it has loaded.
      p.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await p.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (state === `${url} complete`) return p;
        if (Date.now() > deadline) throw new Error(`extension page ${url} did not load (last state: ${state || 'none'})`);
        await sleep(50);
      }
    },
    async setViewport(page, width, height) {
      await page.setViewport({ width, height });
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
  // Close the initial tab: every test page is ours (and intercepted).
  for (const p of await browser.pages()) await p.close().catch(() => {});
  return b;
}

/** Uniform entry point: `await launchBrowser('chromium' | 'firefox', options)`. */
export async function launchBrowser(name, options = {}) {
  if (name === 'chromium') return launchChromium(options);
  if (name === 'firefox') return launchFirefox(options);
  throw new Error(`unknown browser "${name}" (expected one of ${BROWSERS.join(', ')})`);
}

// ---------------------------------------------------------------------------------------------------------
// Reading panels. Everything runs inside the page (main world) and returns plain data, so the same code works
// for playwright's and puppeteer's pages.

/**
 * In-page: every Bounce Lens panel with its attributes, shadow text and placement. Our fixture pages mark
 * each message with data-fixture-id and its body with data-fixture-body (test-only markers; the extension
 * must not rely on them — real pages lack them).
 */
function collectPanelsInPage() {
  const rectOf = (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  };
  const shadowTextOf = (root) => {
    if (!root) return '';
    const parts = [];
    for (const child of Array.from(root.children)) {
      if (child.tagName === 'STYLE' || child.tagName === 'SCRIPT') continue;
      parts.push(typeof child.innerText === 'string' ? child.innerText : child.textContent);
    }
    return parts.join('\n');
  };
  const out = [];
  for (const host of Array.from(document.querySelectorAll('[data-bounce-lens="panel"]'))) {
    const root = host.shadowRoot;
    const message = host.closest('[data-fixture-id]');
    const body = message ? message.querySelector('[data-fixture-body]') : null;
    let above = null;
    if (body) {
      let contentTop;
      if (body.contains(host)) {
        const others = Array.from(body.children).filter((c) => c !== host && !c.contains(host));
        contentTop = others.length ? Math.min(...others.map((c) => c.getBoundingClientRect().top)) : Infinity;
      } else {
        contentTop = body.getBoundingClientRect().top;
      }
      const precedes = body.contains(host) || !!(host.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
      above = precedes && host.getBoundingClientRect().bottom <= contentTop + 2;
    }
    const rect = rectOf(host);
    const styled = getComputedStyle(host);
    out.push({
      status: host.getAttribute('data-status'),
      reply: host.getAttribute('data-reply'),
      verdict: host.getAttribute('data-verdict'),
      messageKey: host.getAttribute('data-message-key'),
      attributes: Object.fromEntries(Array.from(host.attributes).map((a) => [a.name, a.value])),
      hasShadow: !!root,
      text: shadowTextOf(root),
      textContent: root ? root.textContent : '',
      fixtureId: message ? message.getAttribute('data-fixture-id') : null,
      aboveBody: above,
      rect,
      visible: rect.width > 0 && rect.height > 0 && styled.visibility !== 'hidden' && styled.display !== 'none',
    });
  }
  return out;
}

/** All panels currently in the page (see collectPanelsInPage for the fields). */
export async function readPanels(page) {
  return page.evaluate(collectPanelsInPage);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until at least `n` VISIBLE panels exist, then lets the page settle (`settleMs`) and returns all
 * panels (so a test can assert that no extra one appeared). Fails with the panels seen and page errors.
 */
export async function waitForPanels(page, n, { timeout = 10_000, settleMs = 300 } = {}) {
  const deadline = Date.now() + timeout;
  let panels = [];
  while (Date.now() < deadline) {
    panels = await readPanels(page);
    if (panels.filter((p) => p.visible && p.hasShadow).length >= n) {
      if (settleMs) {
        await sleep(settleMs);
        panels = await readPanels(page);
      }
      return panels;
    }
    await sleep(50);
  }
  const errs = pageErrors(page);
  throw new Error(
    `expected ${n} visible Bounce Lens panel(s) within ${timeout} ms, saw ${panels.length}` +
      (panels.length ? `: ${JSON.stringify(panels.map((p) => ({ ...p, text: p.text.slice(0, 120) })))}` : '') +
      (errs.length ? `\npage errors: ${errs.join('\n')}` : ''),
  );
}

/** Waits until `predicate(panels)` is true (e.g. a panel for a given fixture id appeared). */
export async function waitForPanelsMatching(page, predicate, { timeout = 10_000, what = 'panels' } = {}) {
  const deadline = Date.now() + timeout;
  let panels = [];
  while (Date.now() < deadline) {
    panels = await readPanels(page);
    if (predicate(panels)) return panels;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; panels: ` +
    JSON.stringify(panels.map((p) => ({ fixtureId: p.fixtureId, status: p.status, verdict: p.verdict }))));
}

/** Lets the extension see the page for `ms`, then returns the panels (for "no panel here" assertions). */
export async function panelsAfter(page, ms = 1500) {
  await sleep(ms);
  return readPanels(page);
}

/**
 * In-page layout check of every panel: elements inside the shadow root whose content overflows
 * (scrollWidth > clientWidth), and whether the panel fits horizontally inside `containerSelector`.
 */
export async function panelLayout(page, containerSelector) {
  return page.evaluate((sel) => {
    const container = sel ? document.querySelector(sel) : null;
    const cr = container ? container.getBoundingClientRect() : null;
    return Array.from(document.querySelectorAll('[data-bounce-lens="panel"]')).map((host) => {
      const root = host.shadowRoot;
      const overflowing = [];
      const walk = (node) => {
        for (const el of Array.from(node.querySelectorAll('*'))) {
          if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
          if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
            overflowing.push({ tag: el.tagName.toLowerCase(), cls: String(el.className || ''),
              scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, text: (el.textContent || '').slice(0, 80) });
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      if (root) walk(root);
      const r = host.getBoundingClientRect();
      const hostOverflow = host.clientWidth > 0 && host.scrollWidth > host.clientWidth + 1;
      return {
        overflowing,
        hostOverflow,
        panel: { left: r.left, right: r.right, width: r.width, height: r.height },
        container: cr ? { left: cr.left, right: cr.right, width: cr.width } : null,
        fits: cr ? r.left >= cr.left - 0.5 && r.right <= cr.right + 0.5 : null,
      };
    });
  }, containerSelector ?? null);
}

/** Security check: what the shadow roots hold that they must not (active content from the mail). */
export async function injectedContent(page) {
  return page.evaluate(() => {
    const found = [];
    for (const host of Array.from(document.querySelectorAll('[data-bounce-lens="panel"]'))) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        const handlers = Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name);
        if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed' || handlers.length ||
            (tag === 'img' && el.getAttribute('src') === 'x')) {
          found.push({ tag, handlers, outer: el.outerHTML.slice(0, 200) });
        }
      }
    }
    return found;
  });
}

/**
 * A real (trusted) mouse click on an element inside the shadow root of the `index`-th panel, the same for
 * playwright and puppeteer. Returns false when there is no such element.
 */
export async function clickInPanel(page, selector, index = 0) {
  const handle = await page.evaluateHandle(([sel, i]) =>
    document.querySelectorAll('[data-bounce-lens="panel"]')[i]?.shadowRoot?.querySelector(sel) ?? null, [selector, index]);
  const el = handle.asElement();
  if (!el) return false;
  await el.click();
  return true;
}

/**
 * What is on the browser's clipboard: pasted with the keyboard into a text area of a neutral page (no
 * clipboard permission is needed for a real paste, in either browser).
 */
export async function readClipboard(b) {
  const url = 'https://clipboard.test/';
  const page = await b.openFixture(url, '<!doctype html><textarea id="paste" rows="20" cols="80"></textarea>');
  try {
    await page.focus('#paste');
    await page.keyboard.down('Control');
    await page.keyboard.press(b.name === 'chromium' ? 'KeyV' : 'v');
    await page.keyboard.up('Control');
    return await page.evaluate(() => document.getElementById('paste').value);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Chromium only: everything in the extension's storage.local, read in its service worker. */
export async function extensionStorage(ctx) {
  const context = ctx.b.context;
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  return sw.evaluate(() => chrome.storage.local.get(null));
}

/** Screenshot into test-output/<name>.png; returns the path. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = path.join(TEST_OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Asserts (throws) that the page saw no uncaught exception. */
export function assertNoPageErrors(page, label = '') {
  const errs = pageErrors(page);
  if (errs.length) throw new Error(`page errors${label ? ` (${label})` : ''}:\n${errs.join('\n---\n')}`);
}
