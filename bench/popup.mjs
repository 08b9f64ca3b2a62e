// The toolbar popup's answer time, for bench/page.mjs (section 4): every corpus notice dropped on the popup as
// a .eml file (read as a raw message) and pasted as the text a webmail shows (rendered), each timed in the page
// from the drop / paste event to the answer on screen. Driver-neutral (page.evaluate only): Chromium and Firefox.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import { REPO_ROOT } from '../test/e2e/harness.mjs';

// Inputs: the corpus (../shared/corpus), or the project's own fixtures without it.
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
export async function popupInputs() {
  let files;
  let source;
  if (existsSync(path.join(CORPUS, 'expected.json'))) {
    files = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')).map((e) => path.join(CORPUS, e.file)).filter((f) => f.endsWith('.eml'));
    source = `../shared/corpus (${files.length} notices)`;
  } else {
    if (process.env.CI === 'true') throw new Error('../shared/corpus not found; CI requires it');
    const dir = path.join(REPO_ROOT, 'test/fixtures/bounces');
    files = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => path.join(dir, f));
    source = `test/fixtures/bounces (${files.length} notices; ../shared/corpus not found)`;
  }
  const { module: rv } = await runnerImport(path.join(REPO_ROOT, 'test/fixtures/rendered-view.ts'), { root: REPO_ROOT, configFile: false, logLevel: 'silent' });
  const inputs = [];
  for (const f of files) {
    const raw = readFileSync(f);
    inputs.push({ name: path.basename(f), base64: raw.toString('base64'), bytes: raw.length, text: (await rv.renderedView(new Uint8Array(raw), 'text')).text });
  }
  return { inputs, source };
}

/**
 * In the popup page: one drop or paste, timed from the event to the answer on screen (the panel host with its
 * shadow content, "not a bounce" or an error), told from the previous one by the popup's answer counter.
 */
async function popupAnswerMs(page, how, input) {
  return page.evaluate(([mode, data]) => new Promise((resolve) => {
    const result = document.querySelector('[data-bounce-lens="result"]');
    const before = Number(result.getAttribute('data-answer-seq'));
    const answered = () => {
      if (Number(result.getAttribute('data-answer-seq')) <= before) return null;
      const host = result.querySelector('[data-bounce-lens="panel"]');
      if (host?.shadowRoot?.querySelector('.headline')) return 'panel';
      if (result.querySelector('[data-bounce-lens="not-a-bounce"]')) return 'not-a-bounce';
      if (result.querySelector('[data-bounce-lens="error"]')) return 'error';
      return null;
    };
    let file = null;
    if (mode === 'drop') {
      const bin = atob(data.base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      file = new File([bytes], data.name, { type: 'message/rfc822' });
    }
    let done = false;
    let t0 = 0;
    const finish = (kind) => {
      if (done) return;
      done = true;
      obs.disconnect();
      resolve({ ms: performance.now() - t0, kind });
    };
    const obs = new MutationObserver(() => {
      const kind = answered();
      if (kind) finish(kind);
    });
    obs.observe(result, { childList: true, subtree: true, attributes: true });
    setTimeout(() => finish('timeout'), 10_000);
    t0 = performance.now();
    if (mode === 'drop') {
      const dt = new DataTransfer();
      dt.items.add(file);
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    } else {
      const ta = document.querySelector('textarea[data-bounce-lens="paste-input"]');
      ta.value = data.text;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }), [how, how === 'drop' ? { base64: input.base64, name: input.name } : { text: input.text }]);
}

export async function popupLatency(b, inputs) {
  const page = await b.openExtensionPage('popup.html');
  const out = { drop: [], paste: [], kinds: {} };
  try {
    // Warm-up: the first analysis compiles the knowledge base's patterns.
    for (const input of inputs.slice(0, 5)) await popupAnswerMs(page, 'drop', input);
    for (const how of ['drop', 'paste']) {
      for (const input of inputs) {
        const { ms, kind } = await popupAnswerMs(page, how, input);
        out[how].push(ms);
        const k = `${how}:${kind}`;
        out.kinds[k] = (out.kinds[k] ?? 0) + 1;
      }
    }
  } finally {
    await page.close();
  }
  return out;
}

