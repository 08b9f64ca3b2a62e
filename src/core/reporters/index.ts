/**
 * The ordered registry of mail-system families. Order matters: specific signals (provider
 * headers, provider From domains) before the generic MTAs whose wording many systems reuse.
 */
import { office365 } from './office365';
import { outlook } from './outlook';
import { exchange2007 } from './exchange2007';
import { exchange2003 } from './exchange2003';
import { googlegroups } from './googlegroups';
import { gmail } from './gmail';
import { amazonworkmail } from './amazonworkmail';
import { amazonses } from './amazonses';
import { sendgrid } from './sendgrid';
import { yahoo } from './yahoo';
import { aol } from './aol';
import { mailru } from './mailru';
import { yandex } from './yandex';
import { gmx } from './gmx';
import { einsundeins } from './einsundeins';
import { zoho } from './zoho';
import { facebook } from './facebook';
import { messagelabs } from './messagelabs';
import { mimecast } from './mimecast';
import { barracuda } from './barracuda';
import { mcafee } from './mcafee';
import { kddi } from './kddi';
import { ezweb } from './ezweb';
import { biglobe } from './biglobe';
import { verizon } from './verizon';
import { domino } from './domino';
import { notes } from './notes';
import { courier } from './courier';
import { mdaemon } from './mdaemon';
import { opensmtpd } from './opensmtpd';
import { messagingserver } from './messagingserver';
import { mailfoundry } from './mailfoundry';
import { interscanmss } from './interscanmss';
import { imailserver } from './imailserver';
import { activehunter } from './activehunter';
import { amavis } from './amavis';
import { apachejames } from './apachejames';
import { bigfoot } from './bigfoot';
import { dragonfly } from './dragonfly';
import { fml } from './fml';
import { mailmarshalsmtp } from './mailmarshalsmtp';
import { mfilter } from './mfilter';
import { mxlogic } from './mxlogic';
import { powermta } from './powermta';
import { surfcontrol } from './surfcontrol';
import { qmail } from './qmail';
import { postfix } from './postfix';
import { exim } from './exim';
import { sendmail } from './sendmail';
import { mayContain, patternKeys, type NeedleKey, type TrigramSet } from '../knowledge/prefilter';
import type { NoticeView, Reporter, StructuredNotice } from './types';
export type { Draft, NoticeView, Reporter, StructuredNotice } from './types';

export const REPORTERS: readonly Reporter[] = [
  office365,
  outlook,
  exchange2007,
  exchange2003,
  googlegroups,
  gmail,
  amazonworkmail,
  amazonses,
  sendgrid,
  yahoo,
  aol,
  mailru,
  yandex,
  gmx,
  einsundeins,
  zoho,
  facebook,
  messagelabs,
  mimecast,
  barracuda,
  mcafee,
  kddi,
  ezweb,
  biglobe,
  verizon,
  domino,
  notes,
  courier,
  mdaemon,
  opensmtpd,
  messagingserver,
  mailfoundry,
  interscanmss,
  imailserver,
  activehunter,
  amavis,
  apachejames,
  bigfoot,
  dragonfly,
  fml,
  mailmarshalsmtp,
  mfilter,
  mxlogic,
  powermta,
  surfcontrol,
  qmail,
  postfix,
  exim,
  sendmail,
];

const DAEMON_FROM = /mailer-daemon|postmaster|mail delivery|mail administrator|post_master|daemon/;

type SignalKind = 'from' | 'subject' | 'text' | 'textWithDaemon';

/**
 * All reporters' patterns of one signal kind as one alternation per flag set, each reporter's
 * pattern a capture group: one scan of the text tells the first reporter (in registry order) whose
 * signal matches. Testing the ~50 patterns one by one (26 of them over the notice head) measured
 * ~14% of rendered-mode time, ~9 µs a message over the corpus; see detectReporter for the figure now.
 */
interface Combined {
  pattern: RegExp;
  /** Capture group number → reporter index, for the outer group of each reporter's pattern. */
  owners: { group: number; reporter: number }[];
  members: readonly Member[];
  /** prefixes[i]: the alternation of the first i members only, built on first use (see firstMatching). */
  prefixes: (Combined | undefined)[];
}

interface Member {
  source: string;
  flags: string;
  reporter: number;
  /** Capture groups of the pattern itself. */
  groups: number;
}

function build(members: readonly Member[]): Combined {
  const owners: { group: number; reporter: number }[] = [];
  let groups = 0;
  for (const member of members) {
    owners.push({ group: groups + 1, reporter: member.reporter });
    // the pattern's own groups follow its outer one
    groups += 1 + member.groups;
  }
  return { pattern: new RegExp(members.map((m) => `(${m.source})`).join('|'), members[0]!.flags + 'g'), owners, members, prefixes: [] };
}

function prefixOf(combined: Combined, count: number): Combined {
  return (combined.prefixes[count] ??= build(combined.members.slice(0, count)));
}

function combine(kind: SignalKind): Combined[] {
  const byFlags = new Map<string, Member[]>();
  REPORTERS.forEach((reporter, index) => {
    const pattern = reporter.signals[kind];
    if (!pattern) return;
    let members = byFlags.get(pattern.flags);
    if (!members) byFlags.set(pattern.flags, (members = []));
    members.push({ source: pattern.source, flags: pattern.flags, reporter: index, groups: new RegExp(`${pattern.source}|`).exec('')!.length - 1 });
  });
  return [...byFlags.values()].map(build);
}

let combined: Record<SignalKind, Combined[]> | null = null;

/** A switch over named reads, not `combined[kind]`: a keyed read whose key varies goes megamorphic in V8. */
function combinedOf(kind: SignalKind): Combined[] {
  combined ??= { from: combine('from'), subject: combine('subject'), text: combine('text'), textWithDaemon: combine('textWithDaemon') };
  switch (kind) {
    case 'from':
      return combined.from;
    case 'subject':
      return combined.subject;
    case 'text':
      return combined.text;
    case 'textWithDaemon':
      return combined.textWithDaemon;
  }
}

/**
 * The lowest reporter index whose `kind` pattern matches `text`, or `limit`. Every match start is
 * visited (lastIndex one past the previous start), and at each the alternation reports the first
 * matching reporter in registry order, so the minimum over the visited starts is the true minimum.
 * Once a reporter is found, the rest of the text is scanned with the alternation of the reporters
 * before it only (the others can no longer win): detectReporter took 5.3 µs a rendered corpus notice, against 7.8 µs
 * for the whole alternation to the end.
 */
function firstMatching(kind: SignalKind, text: string, limit: number): number {
  let best = limit;
  if (!text) return best;
  for (const full of combinedOf(kind)) {
    let current: Combined | undefined = full;
    // owners of the current alternation that are still worth finding
    let count = current.owners.length;
    while (count > 0 && current.owners[count - 1]!.reporter >= best) count--;
    if (count === 0) continue;
    if (count < current.owners.length) current = prefixOf(full, count);
    let from = 0;
    while (current) {
      const { pattern, owners } = current;
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) break;
      let found = -1;
      for (let i = 0; i < owners.length; i++) {
        if (match[owners[i]!.group] !== undefined) {
          found = i;
          break;
        }
      }
      from = match.index + 1;
      if (found < 0) continue;
      best = owners[found]!.reporter;
      current = found === 0 ? undefined : prefixOf(full, found);
    }
  }
  return best;
}

/**
 * Per signal kind, each reporter's pattern (null: none) and its trigram keys, built on first use.
 * Plain arrays rather than `REPORTERS[i].signals[kind]`: the reporters' signal objects have a dozen
 * shapes, so that keyed load went megamorphic (1.5 % of a rendered analysis in `perf`).
 */
interface IndexedSignals {
  patterns: (RegExp | null)[];
  keys: (NeedleKey[] | null)[];
}
// Two variables, not a record read with the kind as key: a keyed read whose key varies goes megamorphic.
let textSignals: IndexedSignals | null = null;
let textWithDaemonSignals: IndexedSignals | null = null;

function signalsOf(kind: 'text' | 'textWithDaemon'): IndexedSignals {
  const patterns = REPORTERS.map((reporter) => reporter.signals[kind] ?? null);
  return { patterns, keys: patterns.map((pattern) => (pattern ? patternKeys(pattern) : null)) };
}

/**
 * firstMatching for a text whose trigram table is known: only the reporters whose signal's
 * literals all occur are tried, each with its own pattern, in registry order. 1.2 reporters a
 * rendered corpus notice pass the filter (0.8 of them match), so this spares the alternation of all
 * of them, which V8 tries at every character. (The same for the short From and Subject measured
 * slower than their alternations: some 40 small patterns tried one by one.)
 */
function firstIndexed(kind: 'text' | 'textWithDaemon', text: string, limit: number, index: TrigramSet): number {
  if (!text) return limit;
  const { patterns, keys } = kind === 'text' ? (textSignals ??= signalsOf('text')) : (textWithDaemonSignals ??= signalsOf('textWithDaemon'));
  for (let i = 0; i < limit; i++) {
    const pattern = patterns[i]!;
    if (pattern !== null && mayContain(index, keys[i]!) && pattern.test(text)) return i;
  }
  return limit;
}

function matchesHeaders(reporter: Reporter, notice: NoticeView): boolean {
  const signals = reporter.signals;
  if (signals.headers) for (const name of signals.headers) if (notice.header(name) !== null) return true;
  if (signals.headerValues) {
    for (const [name, pattern] of signals.headerValues) {
      const value = notice.header(name);
      if (value !== null && pattern.test(value)) return true;
    }
  }
  return false;
}

/** The first reporter in registry order with any matching signal (any one signal identifies it). */
export function detectReporter(notice: NoticeView): Reporter | null {
  // family wording sits in the first screenful of a notice
  const head = notice.text.length > 4000 ? notice.text.slice(0, 4000) : notice.text;
  let best = firstMatching('from', notice.from, REPORTERS.length);
  best = firstMatching('subject', notice.subject, best);
  const index = notice.index;
  best = index ? firstIndexed('text', head, best, index) : firstMatching('text', head, best);
  if (DAEMON_FROM.test(notice.from)) best = index ? firstIndexed('textWithDaemon', head, best, index) : firstMatching('textWithDaemon', head, best);
  if (!notice.rendered) {
    for (let i = 0; i < best; i++) {
      if (matchesHeaders(REPORTERS[i]!, notice)) {
        best = i;
        break;
      }
    }
  }
  return REPORTERS[best] ?? null;
}

/** Whether the notice's text carries a mail system's own signature (InterScan's "Message from InterScan Messaging Security Suite"…). */
export function signedByMailSystem(notice: NoticeView): boolean {
  const head = notice.text.length > 4000 ? notice.text.slice(0, 4000) : notice.text;
  const index = notice.index;
  return (index ? firstIndexed('text', head, REPORTERS.length, index) : firstMatching('text', head, REPORTERS.length)) < REPORTERS.length;
}

export function reporterById(id: string): Reporter | null {
  for (const reporter of REPORTERS) if (reporter.id === id) return reporter;
  return null;
}

/** A family's own machine-readable report format, when the message is one. */
export function readStructured(notice: NoticeView): { reporter: Reporter; notice: StructuredNotice } | null {
  for (const reporter of REPORTERS) {
    if (!reporter.structured) continue;
    const structured = reporter.structured(notice);
    if (structured) return { reporter, notice: structured };
  }
  return null;
}
