/**
 * Command-line front end of the analyzer: `bounce-lens [options] FILE...` (in a checkout:
 * `npm run -s analyze -- [options] FILE...`). Pure Node + src/core; bundled by scripts/build-node.mjs
 * into dist/cli/bounce-lens.mjs (src/cli/bin.ts is its entry), so nothing is compiled at run time.
 */
import { readFileSync } from 'node:fs';
import { LANGUAGES, analyze, languageOf } from '../core/index';
import { readableInput } from '../core/input';
import type { Diagnosis, RecipientStatus } from '../core/types';
import { escapeControls, UNSAFE_CONTROLS } from '../ui/controls';

export const USAGE = `Usage: bounce-lens [options] FILE...
       (in a checkout: npm run -s analyze -- [options] FILE...)

Explains bounce e-mails (NDRs / DSNs): who must act, or whether to wait.

FILE is a raw message (.eml, as "Show original" gives it) or the text a webmail
page shows; "-" reads standard input. Several files may be given.

Options:
  --text            treat input as rendered webmail text (default: auto-detect)
  --json            print one JSON object per input file per line:
                    {"file": ..., ...Diagnosis}
  --subject S       subject shown beside rendered text (with --text or auto-detected text)
  --from ADDRESS    sender shown beside rendered text
  --lang CODE       language of the explanation: ${LANGUAGES.join(', ')}
                    (default: the environment's locale, LANGUAGE/LC_ALL/LC_MESSAGES/LANG; else en)
  -V, --version     print the version
  -h, --help        show this help

Input may be UTF-8, any charset a MIME message declares, or UTF-16 with a
byte-order mark; NUL bytes are ignored. Control characters of the notice
(ESC, BEL, C1, bidirectional overrides) are printed as escapes (\\x1B, \\u202E).

Exit status: 0 when every input was analysed, 1 when an input could not be
read or analysed (each such input gets one "analyze: FILE: why" line on
stderr; the others are still analysed), 2 on a usage error.`;

/**
 * The language of the environment as gettext reads it: LANGUAGE's first entry unless the locale is C/POSIX,
 * else LC_ALL, LC_MESSAGES, LANG ("de_DE.UTF-8" → de); English for languages Bounce Lens lacks.
 */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): string {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^(?:C|POSIX)(?:\.|$)/.test(locale)) return 'en';
  const first = (env.LANGUAGE ?? '').split(':').find(Boolean);
  return languageOf(first || locale);
}

export interface CliIo {
  /** Written to standard output; false once the reader has gone (a closed pipe): stop there. */
  stdout: (s: string) => boolean | void;
  stderr: (s: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Uint8Array;
  /** The environment's locale variables (for the default language). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface CliOptions {
  text: boolean;
  json: boolean;
  subject: string | null;
  from: string | null;
  /** The --lang given, or null for the environment's. */
  lang: string | null;
  files: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { text: false, json: false, subject: null, from: null, lang: null, files: [], help: false, version: false };
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
      case '--lang': {
        const code = value();
        if (!LANGUAGES.includes(code.toLowerCase())) throw new UsageError(`unknown language ${code} (one of ${LANGUAGES.join(', ')})`);
        o.lang = code.toLowerCase();
        break;
      }
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-V':
      case '--version':
        o.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  return o;
}

/**
 * Why these bytes cannot be a message, or null when they can. One rule, over the whole input as the
 * analyzer reads it (src/core/input.ts: UTF-16 with a byte-order mark decoded, NUL dropped wherever it
 * stands): more than one character in a hundred a control other than TAB LF VT FF CR and ESC
 * (ISO-2022-JP) is binary data. A stray NUL, or UTF-16 text, is not.
 */
export function rejectInput(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  const input = readableInput(bytes);
  // As text, so regular expressions count and test in V8's compiled regex code (a loop over the
  // characters ran interpreted at a command's start: 27 ms of a 495-message run). Latin-1 keeps one
  // character per byte; the controls are the same in every ASCII-based charset.
  const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  const n = text.length;
  if (n === 0) return 'no text (only NUL bytes)';
  const control = n - text.replace(BINARY_CONTROL, '').length;
  if (control > n / 100 + 2) return `binary data (${control} control bytes in ${n}), not an e-mail message or text`;
  if (!NOT_BLANK.test(text)) return 'file holds only whitespace';
  return null;
}

/** C0 controls other than TAB LF VT FF CR and ESC (ISO-2022-JP). */
const BINARY_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;
const NOT_BLANK = /[^\t\n\r ]/;

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

/** The panel's own labels, in the messages files of public/_locales (bundled into the command). */
const MESSAGES = import.meta.glob<Record<string, { message: string }>>('../../public/_locales/*/messages.json', { eager: true, import: 'default' });

function label(language: string, key: 'youDoLabel' | 'forAdminLabel'): string {
  const of = (code: string) => MESSAGES[`../../public/_locales/${code}/messages.json`]?.[key]?.message;
  return of(language) ?? of('en') ?? key;
}

export function formatHuman(file: string, d: Diagnosis, language = 'en'): string {
  const out: string[] = [`== ${file}`];
  if (!d.bounce) {
    out.push(`Not a bounce${d.kind ? ` (${d.kind} notice)` : ''}: nothing to do.`);
    if (d.reporter || d.reporterName) out.push(`Reporter: ${d.reporterName ?? d.reporter}`);
    return out.join('\n') + '\n';
  }
  const primary = d.recipients[0];
  const head = primary ? (primary.verdict === 'wait' ? 'WAIT' : 'ACT') : 'ACT';
  out.push(`${head}: ${d.headline || d.advice?.headline || (d.kind === 'delay' ? 'Delivery is delayed' : 'Delivery failed')}`);
  out.push(`Notice:   ${d.kind === 'delay' ? 'delay (still being retried)' : 'failure (delivery given up)'}, read as ${d.input} input${d.forwarded ? ', forwarded by a person' : ''}`);
  out.push(`Reporter: ${d.reporterName ?? d.reporter ?? 'unknown mail system'}${d.reporter && d.reporterName ? ` [${d.reporter}]` : ''}${d.reportingMta ? ` (${d.reportingMta})` : ''}`);
  if (d.date) out.push(`Written:  ${d.date}`);
  if (d.recipients.length === 0) out.push('Recipients: none could be identified');
  else if (d.truncated) out.push(`Recipients: at least ${d.recipients.length} (the notice goes on past what was read; the first ${d.recipients.length} are listed)`);
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
    if (r.remoteMta || r.remoteIp) out.push(`  Server:     ${[r.remoteMta, r.remoteIp && `[${r.remoteIp}]`].filter(Boolean).join(' ')}`);
    if (r.sendingIp) out.push(`  Sending IP: ${r.sendingIp} (named by the server)`);
    if (r.diagnostic) out.push(`  Diagnostic: ${oneLine(r.diagnostic)}`);
  });
  const groups = d.groups.length ? d.groups : d.advice ? [{ cause: primary?.cause ?? '', recipients: [0], advice: d.advice }] : [];
  for (const group of groups) {
    const a = group.advice;
    out.push('', groups.length > 1 ? `${a.headline}:` : `${label(language, 'youDoLabel')}:`);
    [...a.steps, ...(a.resend ? [a.resend.text] : [])].forEach((s, i) => out.push(`  ${i + 1}. ${oneLine(s)}`));
    out.push('', `${label(language, 'forAdminLabel')} — ${a.title}:`, `  ${oneLine(a.explanation)}`);
    a.adminSteps.forEach((s) => out.push(`  - ${oneLine(s)}`));
    if (a.dnsExamples.length) {
      out.push('  DNS examples:');
      for (const x of a.dnsExamples) out.push(`    ${x}`);
    }
  }
  // Every value above may hold the notice's bytes: none reaches the terminal as a control.
  return escapeControls(out.join('\n')) + '\n';
}

/**
 * One JSON line. JSON.stringify escapes C0 controls but leaves DEL, C1 (U+009B is a terminal's CSI) and
 * the bidirectional controls as they are; they are written as \u escapes too, which JSON reads back alike.
 */
export function formatJson(file: string, d: Diagnosis): string {
  return JSON.stringify({ file, ...d }).replace(UNSAFE_CONTROLS, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n';
}

export async function main(argv: string[], io: CliIo, version = 'dev'): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`analyze: ${escapeControls(e.message)}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(`bounce-lens ${version}\n`);
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

  const language = opts.lang ?? environmentLanguage(io.env ?? {});
  let failed = 0;
  let first = true;
  for (const file of opts.files) {
    const name = file === '-' ? '-' : file;
    // A file name is the user's, but it is printed beside notice text: the same escaping applies.
    const label = file === '-' ? 'standard input' : escapeControls(file);
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
      d = analyze(bytes, { ...common, mode: opts.text ? 'rendered' : 'auto', language });
    } catch (e) {
      io.stderr(`analyze: ${label}: analysis failed: ${(e as Error)?.message ?? String(e)}\n`);
      failed++;
      continue;
    }
    const open = opts.json ? io.stdout(formatJson(name, d)) : io.stdout((first ? '' : '\n') + formatHuman(name, d, language));
    first = false;
    // The reader went away (`bounce-lens … | head`): nothing more is wanted.
    if (open === false) break;
  }
  return failed ? 1 : 0;
}

/**
 * The real process (src/cli/bin.ts). A closed standard output (`bounce-lens … | head`) ends the run
 * quietly: Node reports the closed pipe as an EPIPE error event, which would otherwise end the process
 * with a stack trace.
 */
export function nodeIo(): CliIo {
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
    process.exit(0);
  });
  return {
    stdout: (s) => {
      if (readerGone) return false;
      process.stdout.write(s);
      return !readerGone;
    },
    stderr: (s) => process.stderr.write(s),
    readFile: (p) => new Uint8Array(readFileSync(p)),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
