/**
 * A cheap, sound pre-filter for the wording matchers.
 *
 * classify() tries a few hundred regular expressions; most of them cannot match a given diagnostic
 * because a fixed phrase they require is absent. Each pattern's source is read once to find
 * literals that every match must contain (one per top-level alternative, e.g. "mailbox full" for
 * /mailbox (?:is )?full|over ?quota/ gives "mailbox " / " full" … and "quota"), and each text is
 * reduced once to a table of the three-character sequences it contains. A pattern whose required
 * literals are absent is skipped without running it; every other pattern still runs as written,
 * so the filter only saves time and never changes a result (a missed literal can only make the
 * filter let more through, never fewer).
 */

/** Required literals (lowercase) of which every match contains at least one; null = no usable literal. */
export type Needles = readonly string[] | null;

/** Shortest literal worth filtering on: a trigram table cannot say anything about shorter ones. */
const MIN_NEEDLE = 3;
/** Trigrams of a needle checked against the text (spread over its length). */
const TRIGRAMS_PER_NEEDLE = 6;

interface Parsed {
  /** Literal chars and breaks of one alternative, in order, plus the needle sets of mandatory groups. */
  runs: string[];
  groups: (string[] | null)[];
}

/**
 * Needles of a regular expression source. The reader understands the subset of syntax the
 * knowledge base uses (literals, escapes, classes, groups, lookarounds, quantifiers); anything it
 * does not recognise ends the current literal, which keeps the result sound.
 */
export function needlesOf(source: string): Needles {
  let pos = 0;

  function alternation(): string[] | null {
    const alternatives: (string[] | null)[] = [];
    for (;;) {
      alternatives.push(sequence());
      if (source[pos] === '|') {
        pos++;
        continue;
      }
      break;
    }
    if (alternatives.some((a) => a === null)) return null;
    return ([] as string[]).concat(...(alternatives as string[][]));
  }

  function sequence(): string[] | null {
    const parsed: Parsed = { runs: [], groups: [] };
    let run = '';
    const endRun = () => {
      if (run.length > 0) parsed.runs.push(run);
      run = '';
    };
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const ch = source[pos]!;
      let atom: string | null = null; // a single literal character, or null for anything else
      let groupNeedles: string[] | null | undefined; // set for a group atom
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
      if (atom !== null && atom.charCodeAt(0) < 128 && min >= 1) {
        run += atom.toLowerCase();
        if (!single) endRun(); // "a+" guarantees one "a"; what follows may be more a's
        continue;
      }
      endRun();
      if (groupNeedles !== undefined && min >= 1) parsed.groups.push(groupNeedles);
    }
    endRun();
    // Best single requirement: the longest mandatory literal, or a mandatory group whose every
    // needle is long enough (prefer the one whose shortest needle is longest).
    let best: string[] | null = null;
    let bestScore = MIN_NEEDLE - 1;
    for (const r of parsed.runs) {
      if (r.length > bestScore) { best = [r]; bestScore = r.length; }
    }
    for (const g of parsed.groups) {
      if (!g || g.length === 0) continue;
      const score = Math.min(...g.map((n) => n.length));
      if (score > bestScore) { best = g; bestScore = score; }
    }
    return best;
  }

  try {
    const result = alternation();
    if (pos !== source.length) return null;
    return result && result.length > 0 ? [...new Set(result)] : null;
  } catch {
    return null;
  }
}

const TABLE_BITS = 16;
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
function commonness(needle: string, at: number): number {
  let product = 1;
  for (let i = at; i < at + 3; i++) product *= CHAR_FREQUENCY[needle[i]!] ?? 5;
  return product;
}

export function keysOf(needles: Needles): NeedleKey[] | null {
  if (!needles) return null;
  return needles.map((needle) => {
    const count = needle.length - 2;
    const take = Math.min(TRIGRAMS_PER_NEEDLE, count);
    const picks = new Set<number>();
    for (let k = 0; k < take; k++) picks.add(Math.round((k * (count - 1)) / Math.max(1, take - 1)));
    let rarest = 0;
    for (let i = 1; i < count; i++) if (commonness(needle, i) < commonness(needle, rarest)) rarest = i;
    picks.delete(rarest);
    // The rarest trigram goes last: LiteralIndex anchors each needle on its last key.
    return Uint16Array.from([...picks, rarest].map((i) => trigramHash(needle.charCodeAt(i), needle.charCodeAt(i + 1), needle.charCodeAt(i + 2))));
  });
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
 * 5 µs per 2,500 characters): upper- and lower-case letters alternate unpredictably.
 */
function addTrigrams(bits: Uint32Array, text: string): void {
  if (text.length < 3) return;
  const low = text.toLowerCase();
  let a = low.charCodeAt(0);
  let b = low.charCodeAt(1);
  for (let i = 2; i < low.length; i++) {
    const c = low.charCodeAt(i);
    const h = trigramHash(a, b, c);
    bits[h >>> 5] = bits[h >>> 5]! | (1 << (h & 31));
    a = b;
    b = c;
  }
}

/** The trigrams of one text, lower-cased, as a 64 Kibit bitmap. */
export class TrigramSet {
  constructor(readonly bits: Uint32Array = new Uint32Array(TABLE_SIZE >>> 5)) {}

  /** Fills the bitmap from text. */
  fill(text: string): this {
    this.bits.fill(0);
    addTrigrams(this.bits, text);
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
  /** Entries anchored on trigram h are entryIds/entryKeys[start[h] .. start[h + 1]). */
  private readonly start = new Int32Array(TABLE_SIZE + 1);
  private readonly entryIds: Int32Array;
  private readonly entryKeys: NeedleKey[];
  private readonly always: number[] = [];
  readonly size: number;

  constructor(keysById: readonly (NeedleKey[] | null)[]) {
    this.size = keysById.length;
    const entries: { anchor: number; id: number; key: NeedleKey }[] = [];
    keysById.forEach((keys, id) => {
      if (!keys) this.always.push(id);
      // Anchor on the needle's last key: its least common trigram (see keysOf).
      else for (const key of keys) entries.push({ anchor: key[key.length - 1]!, id, key });
    });
    entries.sort((x, y) => x.anchor - y.anchor || x.id - y.id);
    this.entryIds = Int32Array.from(entries.map((e) => e.id));
    this.entryKeys = entries.map((e) => e.key);
    let e = 0;
    for (let h = 0; h <= TABLE_SIZE; h++) {
      while (e < entries.length && entries[e]!.anchor < h) e++;
      this.start[h] = e;
    }
    this.anchors = Uint16Array.from(new Set(entries.map((entry) => entry.anchor)));
  }

  /** Trigrams that anchor at least one entry. */
  private readonly anchors: Uint16Array;

  /**
   * Marks in `out` (cleared here) every id whose needles may all occur in the texts; fills
   * `trigrams`. Several texts (e.g. a diagnostic and its unfolded copy) are scanned separately
   * into one table, which is sound because no needle spans the boundary between them. The pass
   * over the text only sets bits; the anchors are checked afterwards (a few hundred bit tests),
   * against collecting newly seen anchors inside the loop this measured 9 µs instead of 22 µs per
   * 2,500-character text (with the lower-casing of addTrigrams).
   */
  scan(texts: readonly string[], trigrams: TrigramSet, out: Uint8Array): void {
    out.fill(0);
    for (const id of this.always) out[id] = 1;
    const bits = trigrams.bits;
    bits.fill(0);
    for (const text of texts) addTrigrams(bits, text);
    const start = this.start;
    const ids = this.entryIds;
    const keys = this.entryKeys;
    const anchors = this.anchors;
    for (let p = 0; p < anchors.length; p++) {
      const h = anchors[p]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const end = start[h + 1]!;
      for (let e = start[h]!; e < end; e++) {
        const id = ids[e]!;
        if (out[id] === 0 && allPresent(bits, keys[e]!)) out[id] = 1;
      }
    }
  }
}
