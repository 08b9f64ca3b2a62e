/**
 * A cheap, sound pre-filter for the wording matchers.
 *
 * classify() tries a few hundred regular expressions; most of them cannot match a given diagnostic
 * because a fixed phrase they require is absent. Each pattern's source is read once to find
 * literals that every match must contain (for each top-level alternative, a set of literals that
 * all occur in its every match: /mailbox (?:is )?full|over ?quota/ gives "mailbox " and "full", or
 * "over" and "quota"), and each text is reduced once to a table of the three-character sequences it
 * contains. A pattern whose required literals are absent is skipped without running it; every
 * other pattern still runs as written, so the filter only saves time and never changes a result (a
 * missed literal can only make the filter let more through, never fewer).
 */

/** Literals (lowercase) that all occur in every match of one alternative. */
export type Needle = readonly string[];
/** Every match contains all the literals of at least one needle; null = no usable literal. */
export type Needles = readonly Needle[] | null;

/** Shortest literal worth filtering on: a trigram table cannot say anything about shorter ones. */
const MIN_NEEDLE = 3;
/** Trigrams of one literal checked against the text (spread over its length). */
const TRIGRAMS_PER_LITERAL = 6;
/**
 * Most needles one alternative may expand to: a mandatory group multiplies them (one needle per
 * way through it), so further groups are left out past this (which only makes the filter weaker).
 */
const MAX_NEEDLES = 16;

interface Parsed {
  /** Literal chars and breaks of one alternative, in order, plus the needle sets of mandatory groups. */
  runs: string[];
  groups: (Needle[] | null)[];
}

/**
 * Needles of a regular expression source. The reader understands the subset of syntax the
 * knowledge base uses (literals, escapes, classes, groups, lookarounds, quantifiers); anything it
 * does not recognise ends the current literal, which keeps the result sound.
 */
export function needlesOf(source: string): Needles {
  let pos = 0;

  function alternation(): Needle[] | null {
    const alternatives: (Needle[] | null)[] = [];
    for (;;) {
      alternatives.push(sequence());
      if (source[pos] === '|') {
        pos++;
        continue;
      }
      break;
    }
    if (alternatives.some((a) => a === null)) return null;
    return ([] as Needle[]).concat(...(alternatives as Needle[][]));
  }

  function sequence(): Needle[] | null {
    const parsed: Parsed = { runs: [], groups: [] };
    let run = '';
    const endRun = () => {
      if (run.length > 0) parsed.runs.push(run);
      run = '';
    };
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const ch = source[pos]!;
      let atom: string | null = null; // a single literal character, or null for anything else
      let groupNeedles: Needle[] | null | undefined; // set for a group atom
      let zeroWidth = false;
      if (ch === '\\') {
        const next = source[pos + 1] ?? '';
        pos += 2;
        if (next === 'b' || next === 'B') zeroWidth = true;
        else if (/[dDsSwWnrtfv0-9cxuk]/.test(next)) {
          atom = null;
          if (next === 'x') pos += 2;
          else if (next === 'u') pos += 4;
          else if (next === 'c') pos += 1;
        } else atom = next;
      } else if (ch === '[') {
        pos++;
        if (source[pos] === '^') pos++;
        if (source[pos] === ']') pos++;
        while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
        pos++;
      } else if (ch === '(') {
        pos++;
        let lookaround = false;
        if (source[pos] === '?') {
          const kind = source.slice(pos, pos + 3);
          if (kind.startsWith('?:')) pos += 2;
          else if (kind.startsWith('?=') || kind.startsWith('?!')) { pos += 2; lookaround = true; }
          else if (kind === '?<=' || kind === '?<!') { pos += 3; lookaround = true; }
          else if (kind.startsWith('?<')) pos = source.indexOf('>', pos) + 1;
        }
        const inner = alternation();
        pos++; // ')'
        if (lookaround) zeroWidth = true;
        else groupNeedles = inner;
      } else if (ch === '^' || ch === '$') {
        pos++;
        zeroWidth = true;
      } else if (ch === '.') {
        pos++;
      } else {
        pos++;
        atom = ch;
      }
      // Quantifier after the atom.
      let min = 1;
      let single = true;
      const q = source[pos];
      if (q === '?' || q === '*' || q === '+') {
        pos++;
        min = q === '+' ? 1 : 0;
        single = false;
      } else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(pos))) {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(pos))!;
        pos += m[0].length;
        min = Number(m[1]);
        single = !m[2] && min === 1;
      }
      if (source[pos] === '?' && !single) pos++; // lazy
      if (zeroWidth) continue;
      if (atom !== null && (atom.charCodeAt(0) < 128 || foldsSafely(atom)) && min >= 1) {
        run += atom.toLowerCase();
        if (!single) endRun(); // "a+" guarantees one "a"; what follows may be more a's
        continue;
      }
      endRun();
      if (groupNeedles !== undefined && min >= 1) parsed.groups.push(groupNeedles);
    }
    endRun();
    // Every mandatory literal, times one way through each mandatory group (the most selective
    // groups first: those whose weakest needle is longest), while the product stays small. Against
    // the single longest literal or group of each alternative, the corpus's classify calls ran 392
    // patterns instead of 1,008 (284 of them matching), 1 µs less a call.
    const literals = [...new Set(parsed.runs.filter((r) => r.length >= MIN_NEEDLE))];
    let needles: Needle[] = [literals];
    const groups = parsed.groups.filter((g): g is Needle[] => g !== null && g.length > 0);
    const strength = (g: readonly Needle[]) => Math.min(...g.map((n) => Math.max(...n.map((l) => l.length))));
    groups.sort((x, y) => strength(y) - strength(x));
    for (const g of groups) {
      if (needles.length * g.length > MAX_NEEDLES) continue;
      needles = needles.flatMap((n) => g.map((more) => [...new Set([...n, ...more])]));
    }
    return needles[0]!.length > 0 ? needles : null;
  }

  try {
    const result = alternation();
    if (pos !== source.length) return null;
    if (!result || result.length === 0) return null;
    const unique = new Map(result.map((n) => [JSON.stringify([...n].sort()), n]));
    return [...unique.values()];
  } catch {
    return null;
  }
}

/**
 * A character a literal may hold beside ASCII: one that only matches itself, with or without the i
 * flag, and that lower-casing leaves alone (the CJK and kana of Japanese notices, "管理者向けの診断情報"),
 * or a Cyrillic letter, which /i and toLowerCase fold the same one-to-one way (the texts are indexed
 * lower-cased). Other non-ASCII letters end a literal instead: Latin ones have special foldings
 * (dotted and dotless i, long s, ß) that a trigram of one spelling would miss.
 */
function foldsSafely(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0x0400 && code <= 0x045f) return true;
  return code >= 0x3000 && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

/** The trigram keys of a pattern (null: nothing to filter on, e.g. the u flag, which this reader does not vouch for). */
export function patternKeys(pattern: RegExp): NeedleKey[] | null {
  return pattern.flags.includes('u') ? null : keysOf(needlesOf(pattern.source));
}

/**
 * The trigram keys of a list of phrases matched on lower-cased text with any whitespace run for a
 * space (see PhraseSet): each phrase needs its words of three or more characters, whatever their
 * script (both sides are lower-cased the same way). Null when a phrase has no such word.
 */
export function phraseKeys(phrases: readonly string[]): NeedleKey[] | null {
  const needles: string[][] = [];
  for (const phrase of phrases) {
    // Greek capital sigma lower-cases by context (word-final or not): no trigram of such a word is trusted
    const words = phrase.toLowerCase().split(' ').filter((word) => word.length >= MIN_NEEDLE && !/[σς]/.test(word));
    if (words.length === 0) return null;
    needles.push(words);
  }
  return keysOf(needles);
}

/** False only when no needle can occur in the text `index` was filled from (no index: true). */
export function mayContain(index: TrigramSet | undefined, keys: readonly NeedleKey[] | null): boolean {
  return index === undefined || index.mayContain(keys);
}

/**
 * 16 Kibit: a 2 KiB bitmap (and a 64 KiB entry table) stays in cache between scans, while a text of
 * a few hundred trigrams still sets few enough bits. Against 64 Kibit this measured 0.15 µs less an
 * uncached classify call over the corpus, with 2 % more patterns let through.
 */
const TABLE_BITS = 14;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MASK = TABLE_SIZE - 1;

function trigramHash(a: number, b: number, c: number): number {
  return (a * 1089 + b * 33 + c) & TABLE_MASK;
}

/** A compiled needle: the hashes of some of its trigrams (all must be present in the text). */
export type NeedleKey = Uint16Array;

/**
 * Rough frequency of characters in English mail text (per mille; space and common letters high),
 * used only to pick each needle's least common trigram as its index anchor. Any choice is
 * correct; a rare anchor just means fewer needles to verify per text.
 */
const CHAR_FREQUENCY: Readonly<Record<string, number>> = {
  ' ': 180, e: 102, t: 75, a: 65, o: 62, i: 57, n: 57, s: 53, r: 50, h: 40, l: 33, d: 35, c: 23, u: 23, m: 20,
  f: 18, p: 16, g: 16, w: 15, y: 15, b: 12, v: 8, k: 6, '.': 10, x: 2, j: 1, q: 1, z: 1,
};
/**
 * Words nearly every bounce contains. Their trigrams are poor anchors however rare their letters
 * ("jec" of "rejected" anchored 37 needles and was present in a fifth of the corpus's diagnostics):
 * avoiding them halved the needles checked per corpus diagnostic (37 to 20).
 */
const BOUNCE_WORDS = [
  'rejected', 'recipient', 'mailbox', 'unknown', 'address', 'message', 'delivery', 'delivered', 'mail', 'user',
  'server', 'domain', 'failed', 'failure', 'denied', 'host', 'account', 'error', 'permanent', 'temporary',
  'please', 'your', 'sender', 'from', 'does not', 'exist', 'not found', 'blocked', 'policy', 'smtp',
  'invalid', 'unable', 'available', 'the', 'this', 'was', 'has', 'been', 'for', 'with',
];
const BOUNCE_TRIGRAMS: ReadonlySet<string> = new Set(
  BOUNCE_WORDS.map((word) => ` ${word} `).flatMap((word) => Array.from({ length: word.length - 2 }, (_, i) => word.slice(i, i + 3))),
);
function commonness(needle: string, at: number): number {
  let product = BOUNCE_TRIGRAMS.has(needle.slice(at, at + 3)) ? 1_000 : 1;
  for (let i = at; i < at + 3; i++) product *= CHAR_FREQUENCY[needle[i]!] ?? 5;
  return product;
}

/** Trigrams of a literal worth checking: their hashes and, at the same positions, their commonness. */
interface TrigramPicks {
  hashes: number[];
  commonness: number[];
}

/**
 * Remembered per literal: the tables are built at the first analysis, while this code still runs
 * unoptimised, and the knowledge base's 3,500 literals are 2,100 different ones. With that and plain
 * indexed loops, building the literal tables took 34 ms of a one-file CLI run instead of 42 ms.
 */
const TRIGRAM_PICKS = new Map<string, TrigramPicks>();

/** Up to TRIGRAMS_PER_LITERAL trigrams spread over the literal's length, plus its least common one. */
function trigramPicks(literal: string): TrigramPicks {
  const known = TRIGRAM_PICKS.get(literal);
  if (known) return known;
  const count = literal.length - 2;
  const scores: number[] = [];
  for (let i = 0; i < count; i++) scores.push(commonness(literal, i));
  const take = Math.min(TRIGRAMS_PER_LITERAL, count);
  const positions: number[] = [];
  for (let k = 0; k < take; k++) positions.push(Math.round((k * (count - 1)) / Math.max(1, take - 1)));
  positions.push(scores.indexOf(Math.min(...scores)));
  const picks: TrigramPicks = { hashes: [], commonness: [] };
  for (const i of positions) {
    const hash = trigramHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2));
    if (picks.hashes.includes(hash)) continue;
    picks.hashes.push(hash);
    picks.commonness.push(scores[i]!);
  }
  TRIGRAM_PICKS.set(literal, picks);
  return picks;
}

export function keysOf(needles: Needles): NeedleKey[] | null {
  if (!needles) return null;
  return needles.map((needle) => {
    const all: TrigramPicks = { hashes: [], commonness: [] };
    for (const literal of needle) {
      const picks = trigramPicks(literal);
      for (let p = 0; p < picks.hashes.length; p++) {
        if (all.hashes.includes(picks.hashes[p]!)) continue;
        all.hashes.push(picks.hashes[p]!);
        all.commonness.push(picks.commonness[p]!);
      }
    }
    // Least common first: LiteralIndex anchors each needle on its first key, and the presence test
    // stops at the first absent trigram.
    const order = all.hashes.map((_, p) => p);
    order.sort((x, y) => all.commonness[x]! - all.commonness[y]! || all.hashes[x]! - all.hashes[y]!);
    return Uint16Array.from(order, (p) => all.hashes[p]!);
  });
}

/** The number of bits set in a 32-bit word. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function allPresent(bits: Uint32Array, key: NeedleKey): boolean {
  for (let i = 0; i < key.length; i++) {
    const h = key[i]!;
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

/**
 * Sets the bits of the text's trigrams, lower-cased. toLowerCase maps every ASCII letter as a
 * case-insensitive pattern without the u flag does (such a pattern never maps other characters
 * onto ASCII, so a needle's occurrence is all ASCII and keeps its trigrams; whatever else the
 * native lower-casing changes only adds bits, which the filter tolerates). A per-character
 * ASCII check measured twice as slow as native lower-casing plus a branch-free loop (9 µs against
 * 5 µs per 2,500 characters): upper- and lower-case letters alternate unpredictably. The caller
 * lower-cases the text and skips texts shorter than three characters.
 */
function addTrigrams(bits: Uint32Array, low: string): void {
  let a = low.charCodeAt(0);
  let b = low.charCodeAt(1);
  const length = low.length;
  for (let i = 2; i < length; i++) {
    const c = low.charCodeAt(i);
    const h = trigramHash(a, b, c);
    bits[h >>> 5] = bits[h >>> 5]! | (1 << (h & 31));
    a = b;
    b = c;
  }
}

/** The trigrams of one text, lower-cased, as a bitmap. */
export class TrigramSet {
  constructor(readonly bits: Uint32Array = new Uint32Array(TABLE_SIZE >>> 5)) {}

  /** Fills the bitmap from text. */
  fill(text: string): this {
    this.bits.fill(0);
    if (text.length >= 3) addTrigrams(this.bits, text.toLowerCase());
    return this;
  }

  /** False only when no needle can occur in the text. */
  mayContain(keys: readonly NeedleKey[] | null): boolean {
    if (!keys) return true;
    for (const key of keys) if (allPresent(this.bits, key)) return true;
    return false;
  }
}

/**
 * Many patterns' needles indexed by one trigram each, so one pass over a text finds the patterns
 * that may match without looking at the others at all.
 */
export class LiteralIndex {
  /**
   * Entries anchored on the trigram of rank r among the anchors (see rankOf) are entries
   * bucketStart[r] .. bucketStart[r + 1] - 1. A table of starts indexed by the trigram itself takes
   * 64 KiB, which the rest of an analysis evicts from the CPU caches between two scans; ranking a
   * trigram from the anchor bitmap reads 3 KiB instead (measured ~0.5 µs less a rendered corpus message).
   */
  private readonly bucketStart: Int32Array;
  /** Per word of anchorBits, how many anchors the words before it hold. */
  private readonly anchorsBefore = new Uint16Array(TABLE_SIZE >>> 5);
  /** Entry e is a needle of matcher entryIds[e], whose trigrams are keyData[keyStart[e] .. keyStart[e + 1]). */
  private readonly entryIds: Int32Array;
  /** All entries' trigrams in one array: a scan reads them in order instead of chasing one array per needle. */
  private readonly keyData: Uint16Array;
  private readonly keyStart: Int32Array;
  private readonly always: Int32Array;
  /** Trigrams that anchor at least one entry. */
  private readonly anchors: Uint16Array;
  /**
   * The same as a bitmap (2 KiB): a text's trigrams are looked up here, and only the few that
   * anchor something are ranked (nearly every trigram anchors nothing).
   */
  private readonly anchorBits = new Uint32Array(TABLE_SIZE >>> 5);
  /** The indices of anchorBits' non-zero words (about 200 of 512). */
  private readonly anchorWords: Uint16Array;
  /** The anchoring trigrams of a short text (reused between scans). */
  private readonly hits: Uint16Array;
  /** Per id, whether a scan has listed it yet (all clear between scans). */
  private readonly marked: Uint8Array;
  readonly size: number;

  constructor(keysById: readonly (NeedleKey[] | null)[]) {
    this.size = keysById.length;
    this.marked = new Uint8Array(this.size);
    const always: number[] = [];
    const entries: { anchor: number; id: number; key: NeedleKey }[] = [];
    keysById.forEach((keys, id) => {
      if (!keys) always.push(id);
      // Anchor on the needle's first key: its least common trigram (see keysOf).
      else for (const key of keys) entries.push({ anchor: key[0]!, id, key });
    });
    entries.sort((x, y) => x.anchor - y.anchor || x.id - y.id);
    this.always = Int32Array.from(always);
    this.entryIds = Int32Array.from(entries.map((e) => e.id));
    this.keyStart = new Int32Array(entries.length + 1);
    entries.forEach((entry, e) => (this.keyStart[e + 1] = this.keyStart[e]! + entry.key.length));
    this.keyData = new Uint16Array(this.keyStart[entries.length]!);
    entries.forEach((entry, e) => this.keyData.set(entry.key, this.keyStart[e]!));
    // (entries are sorted by anchor: so are the anchors, and each one's entries are consecutive)
    this.anchors = Uint16Array.from(new Set(entries.map((entry) => entry.anchor)));
    this.bucketStart = new Int32Array(this.anchors.length + 1);
    let e = 0;
    this.anchors.forEach((h, rank) => {
      while (entries[e]!.anchor < h) e++;
      this.bucketStart[rank] = e;
    });
    this.bucketStart[this.anchors.length] = entries.length;
    this.hits = new Uint16Array(this.anchors.length);
    for (const h of this.anchors) this.anchorBits[h >>> 5] = this.anchorBits[h >>> 5]! | (1 << (h & 31));
    for (let word = 1; word < this.anchorsBefore.length; word++) this.anchorsBefore[word] = this.anchorsBefore[word - 1]! + bitCount(this.anchorBits[word - 1]!);
    this.anchorWords = Uint16Array.from(this.anchorBits.keys()).filter((word) => this.anchorBits[word] !== 0);
  }

  /**
   * Lists in `found` every id whose needles may all occur in the texts (in no particular order)
   * and returns how many it listed; fills `trigrams`. Several texts (e.g. a diagnostic and its
   * unfolded copy) are scanned separately into one table, which is sound because no needle's
   * literal spans the boundary between them.
   */
  scan(texts: readonly string[], trigrams: TrigramSet, found: Int32Array): number {
    const out = this.marked;
    const count = this.markAll(texts, trigrams, out, found);
    // Leaves the marks all clear for the next scan: clearing the few set costs less than filling
    // the whole table, which the rest of an analysis has evicted from the caches by then.
    for (let i = 0; i < count; i++) out[found[i]!] = 0;
    return count;
  }

  private markAll(texts: readonly string[], trigrams: TrigramSet, out: Uint8Array, found: Int32Array): number {
    let count = 0;
    for (const id of this.always) {
      out[id] = 1;
      found[count++] = id;
    }
    const bits = trigrams.bits;
    bits.fill(0);
    const anchors = this.anchors;
    const anchorBits = this.anchorBits;
    const hits = this.hits;
    let length = 0;
    for (const text of texts) length += text.length;
    // The pass over a long text only sets bits, and the anchors are tested afterwards (against
    // collecting newly seen anchors inside that loop this measured 9 µs instead of 22 µs per
    // 2,500-character text). A text with fewer trigrams than there are anchors (most diagnostics)
    // instead notes which of its trigrams anchor something as it goes: per classify call over the
    // corpus, 0.2 µs less than looking them up in a second pass over the text, itself 0.1-0.2 µs
    // less than testing every anchor.
    let hitCount = length < anchors.length ? 0 : -1;
    for (const text of texts) {
      if (text.length < 3) continue;
      const low = text.toLowerCase();
      if (hitCount < 0 || hitCount + low.length > hits.length) {
        hitCount = -1; // (lower-casing may lengthen a text)
        addTrigrams(bits, low);
        continue;
      }
      let a = low.charCodeAt(0);
      let b = low.charCodeAt(1);
      const end = low.length;
      for (let i = 2; i < end; i++) {
        const c = low.charCodeAt(i);
        const h = trigramHash(a, b, c);
        const word = h >>> 5;
        const bit = 1 << (h & 31);
        const seen = bits[word]!;
        // An anchor's first occurrence only: a repeat would check its entries again.
        if ((anchorBits[word]! & bit & ~seen) !== 0) hits[hitCount++] = h;
        bits[word] = seen | bit;
        a = b;
        b = c;
      }
    }
    if (hitCount >= 0) {
      for (let p = 0; p < hitCount; p++) count = this.markEntries(hits[p]!, bits, out, found, count);
      return count;
    }
    // The text's anchoring trigrams, a 32-bit word of both bitmaps at a time, over only the ~200
    // words that hold an anchor: against testing each of the ~340 anchors' bits this measured
    // 3.6 µs instead of 3.8-3.9 µs per corpus context scan (1.5 µs instead of 1.85 µs for 400 characters).
    const anchorWords = this.anchorWords;
    for (let i = 0; i < anchorWords.length; i++) {
      const word = anchorWords[i]!;
      let both = bits[word]! & anchorBits[word]!;
      while (both !== 0) {
        const lowest = both & -both;
        both ^= lowest;
        count = this.markEntries((word << 5) | (31 - Math.clz32(lowest)), bits, out, found, count);
      }
    }
    return count;
  }

  /** The rank of anchoring trigram h among the anchors, in hash order. */
  private rankOf(h: number): number {
    const word = h >>> 5;
    return this.anchorsBefore[word]! + bitCount(this.anchorBits[word]! & ((1 << (h & 31)) - 1));
  }

  /** Marks and lists the not yet marked ids whose needles anchored on h are all present; returns the new count. */
  private markEntries(h: number, bits: Uint32Array, out: Uint8Array, found: Int32Array, count: number): number {
    const ids = this.entryIds;
    const keyData = this.keyData;
    const keyStart = this.keyStart;
    const rank = this.rankOf(h);
    const end = this.bucketStart[rank + 1]!;
    for (let e = this.bucketStart[rank]!; e < end; e++) {
      // Every trigram of the needle (its anchor, known present, included: one test is cheaper than a
      // branch). Tested before the id is read: most needles fail here, and then neither the id nor
      // its mark is touched (both cold in the cache by the time of a scan).
      let k = keyStart[e]!;
      const last = keyStart[e + 1]!;
      while (k < last) {
        const t = keyData[k]!;
        if ((bits[t >>> 5]! & (1 << (t & 31))) === 0) break;
        k++;
      }
      if (k < last) continue;
      const id = ids[e]!;
      if (out[id] !== 0) continue;
      out[id] = 1;
      found[count++] = id;
    }
    return count;
  }

}
