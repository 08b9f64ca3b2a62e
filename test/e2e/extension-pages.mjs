// Helpers for the e2e suites that drive the extension's own pages (the toolbar popup, the options page) and
// click inside panels like a person would. Everything runs through page.evaluate and mouse/keyboard input, so
// the same code drives playwright's Chromium pages and puppeteer's Firefox pages.
import assert from 'node:assert/strict';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` (in Node) until it returns a truthy value; returns it. */
export async function until(fn, { timeout = 10_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last === undefined ? '' : ` (last: ${JSON.stringify(last)})`}`);
}

/**
 * A real mouse click in the middle of the element (user activation, as the clipboard requires). The element
 * is looked up in the document, then inside every panel's open shadow root (the copy button lives there).
 * (Written out inside each evaluate: extension pages forbid eval, so no function can be passed as text.)
 */
export async function clickDeep(page, selector) {
  const box = await until(
    () => page.evaluate((sel) => {
      let el = document.querySelector(sel);
      for (const host of document.querySelectorAll('[data-bounce-lens="panel"]')) el ??= host.shadowRoot?.querySelector(sel) ?? null;
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, selector),
    { what: `a visible ${selector}` },
  );
  await page.mouse.click(box.x, box.y);
}

/** Text of the first element matching `selector` (document, then panels' shadow roots), or null. */
export async function textOf(page, selector) {
  return page.evaluate((sel) => {
    let el = document.querySelector(sel);
    for (const host of document.querySelectorAll('[data-bounce-lens="panel"]')) el ??= host.shadowRoot?.querySelector(sel) ?? null;
    return el ? el.textContent : null;
  }, selector);
}

/**
 * Waits until the popup's text area is in the document: the popup renders once its settings are read (an
 * asynchronous storage call), so a freshly opened page may not have it yet.
 */
async function pasteInputReady(page) {
  await until(
    () => page.evaluate(() => document.querySelector('textarea[data-bounce-lens="paste-input"]') !== null),
    { what: 'the popup\'s text area' },
  );
}

/** Puts `text` into the popup's text area as a paste would (one input event of type insertFromPaste). */
export async function pasteText(page, text) {
  await pasteInputReady(page);
  await page.evaluate((value) => {
    const ta = document.querySelector('textarea[data-bounce-lens="paste-input"]');
    ta.focus();
    ta.value = value;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: null }));
  }, text);
}

/** Sets the text area's value as typing would (no answer until Explain is pressed). */
export async function typeText(page, text) {
  await pasteInputReady(page);
  await page.evaluate((value) => {
    const ta = document.querySelector('textarea[data-bounce-lens="paste-input"]');
    ta.focus();
    ta.value = value;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  }, text);
}

/**
 * Drops a file on the popup as the browser does for a file dragged from the desktop: dragover, then drop
 * with a DataTransfer holding it. `bytes` is a Buffer/Uint8Array, or { size, fill } for a large generated one.
 */
export async function dropFile(page, name, bytes, type = '') {
  const payload = bytes instanceof Uint8Array ? { base64: Buffer.from(bytes).toString('base64') } : bytes;
  await pasteInputReady(page);
  await page.evaluate(([fileName, data, mime]) => {
    let content;
    if (data.base64 !== undefined) {
      const bin = atob(data.base64);
      content = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) content[i] = bin.charCodeAt(i);
    } else {
      content = new Uint8Array(data.size).fill(data.fill);
    }
    const dt = new DataTransfer();
    dt.items.add(new File([content], fileName, { type: mime }));
    const zone = document.querySelector('main');
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, [name, payload, type]);
}

/** Chooses `filePath` in the popup's file input (the browser's own file chooser path, without the dialog). */
export async function chooseFile(b, page, filePath) {
  const selector = 'input[type=file][data-bounce-lens="file-input"]';
  await pasteInputReady(page);
  if (b.name === 'chromium') {
    await page.setInputFiles(selector, filePath);
  } else {
    const input = await page.$(selector);
    await input.uploadFile(filePath);
  }
}

/**
 * The popup's answer once it is there: { type: 'panel', status, reply, verdict, text } | { type: 'not-a-bounce' |
 * 'error', text }. Waits for an answer different from `previous` (the test's last one) when given.
 */
export async function answerOf(page, { timeout = 10_000 } = {}) {
  return until(() => page.evaluate(() => {
    const host = document.querySelector('[data-bounce-lens="result"] [data-bounce-lens="panel"]');
    if (host && host.shadowRoot?.querySelector('.headline')) {
      return { type: 'panel', status: host.getAttribute('data-status'), reply: host.getAttribute('data-reply'),
        verdict: host.getAttribute('data-verdict'), text: host.shadowRoot.textContent };
    }
    const nb = document.querySelector('[data-bounce-lens="not-a-bounce"]');
    if (nb) return { type: 'not-a-bounce', text: nb.textContent };
    const err = document.querySelector('[data-bounce-lens="error"]');
    if (err) return { type: 'error', text: err.textContent, role: err.getAttribute('role') };
    return null;
  }), { timeout, what: 'an answer in the popup' });
}

/** Clears the popup's answer (so the next one is known to be new). */
export async function clearAnswer(page) {
  // a real click: the panel ignores clicks a script makes (element.click() is not trusted)
  const handle = await page.evaluateHandle(() =>
    document.querySelector('[data-bounce-lens="result"] [data-bounce-lens="panel"]')?.shadowRoot?.querySelector('button[aria-label^="Hide"]') ?? null);
  await handle.asElement()?.click();
  await until(() => page.evaluate(() => !document.querySelector('[data-bounce-lens="result"] [data-bounce-lens="panel"]')),
    { what: 'the answer to clear' });
}

/** In an extension page: browser.storage.local (chrome.* in Chromium, browser.* in Firefox). */
export async function storageSet(page, items) {
  await page.evaluate((it) => (globalThis.browser ?? globalThis.chrome).storage.local.set(it), items);
}
export async function storageGet(page, keys) {
  return page.evaluate((k) => (globalThis.browser ?? globalThis.chrome).storage.local.get(k), keys);
}

/** Asserts the popup answered with the panel and the expected codes and verdict. */
export function assertPanelAnswer(answer, expect, label = '') {
  assert.equal(answer.type, 'panel', `expected the panel${label ? ` (${label})` : ''}, got ${JSON.stringify(answer)}`);
  for (const k of ['status', 'reply', 'verdict']) {
    if (k in expect) assert.equal(answer[k] || null, expect[k], `data-${k}${label ? ` (${label})` : ''}`);
  }
}

/** The popup's history list: [{ id, text }] in display order. */
export async function historyItems(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-bounce-lens="history-item"]'),
    (el) => ({ id: el.getAttribute('data-history-id'), text: el.textContent })));
}
