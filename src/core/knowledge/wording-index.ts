/**
 * The reason lexicon's wordings, confirmed in a text.
 *
 * A wording is lower-case text, or pieces joined by " … " that must occur in that order. Which
 * wordings may occur in a text is answered beforehand by the knowledge base's one trigram index
 * (literalTables in index.ts), which files each wording under the literals it needs beside the
 * matchers' own: the same pass over the text serves both, and it lets through about three wordings
 * of the 1,159 per diagnostic of the corpus. Each of those is then confirmed here with indexOf,
 * piece after piece.
 *
 * Why not an Aho-Corasick library (modern-ahocorasick and the like): they build one object per
 * character of every wording (about 23,000 for the lexicon) before the first search, measured at
 * 9 ms here, which the CLI and the extension's background script would pay at every start; the same
 * trie, walked through Maps, searched a diagnostic in 2.6 µs, where filing the wordings in the
 * shared pass made it 0.7 µs slower and the confirmation takes 0.35 µs (corpus averages).
 */

/** Separator between the ordered pieces of one wording. */
export const PIECE_SEPARATOR = ' … ';

export interface WordingHit {
  id: number;
  start: number;
  end: number;
}

export class WordingIndex {
  /** Per wording, its pieces in order. */
  private readonly wordingPieces: string[][];

  constructor(readonly wordings: readonly string[]) {
    this.wordingPieces = wordings.map((wording) => {
      if (wording !== wording.toLowerCase()) throw new Error(`wording must be lower-case: ${wording}`);
      return wording.split(PIECE_SEPARATOR);
    });
  }

  /** The literals a text must hold for the wording to occur in it: its pieces of three characters or more. */
  literalsOf(wording: number): string[] {
    return this.wordingPieces[wording]!.filter((piece) => piece.length >= 3);
  }

  /**
   * Which of the candidate wordings (ids, ascending) occur in `text` (already lower-cased, whitespace
   * collapsed), each with where it occurs (from its first piece's start to its last piece's end).
   */
  findAmong(text: string, candidates: Iterable<number>): WordingHit[] {
    const hits: WordingHit[] = [];
    for (const wording of candidates) {
      const hit = this.inOrder(wording, text);
      if (hit) hits.push(hit);
    }
    return hits;
  }

  /** Every wording that occurs in `text`: findAmong over all of them (for tests and one-off use). */
  find(text: string): WordingHit[] {
    return this.findAmong(text, this.wordings.keys());
  }

  /** Where every piece of the wording occurs, each after the end of the one before (earliest); null if not. */
  private inOrder(wording: number, text: string): WordingHit | null {
    let from = 0;
    let start = -1;
    for (const piece of this.wordingPieces[wording]!) {
      const at = text.indexOf(piece, from);
      if (at < 0) return null;
      if (start < 0) start = at;
      from = at + piece.length;
    }
    return { id: wording, start, end: from };
  }
}
