/**
 * Finds which of many fixed wordings occur in a text, in one pass over the text.
 *
 * A wording is lower-case text, or pieces joined by " … " that must occur in that order. Each piece
 * is filed under a hash of its first three characters; the scan hashes the three characters at every
 * position of the text and compares only the pieces filed there. Building the index is one pass over
 * the wordings (well under a millisecond for the 1,300 of the lexicon), which matters because the CLI
 * and the extension's background script build it at every start.
 *
 * Why not an Aho-Corasick library (modern-ahocorasick and the like): they build one object per
 * character of every wording (about 25,000 for the lexicon) before the first search, which costs
 * more at start-up than every search of a typical session; texts here are a server's reply of a few
 * hundred characters, where comparing the few pieces that share a position's first three characters
 * is as fast as walking an automaton.
 */

/** Separator between the ordered pieces of one wording. */
export const PIECE_SEPARATOR = ' … ';

const BUCKETS = 4096;

function hash3(a: number, b: number, c: number): number {
  return ((a * 961 + b * 31 + c) >>> 0) % BUCKETS;
}

export class WordingIndex {
  /** Distinct pieces of all wordings. */
  private readonly pieces: string[] = [];
  /** Piece ids by the hash of their first three characters. */
  private readonly buckets: (number[] | undefined)[] = new Array(BUCKETS);
  /** Pieces shorter than three characters, tried with indexOf. */
  private readonly shortPieces: number[] = [];
  /** Per wording, its piece ids in order. */
  private readonly wordingPieces: number[][];
  /** Per piece, the wordings whose first piece it is (only those need checking when it is found). */
  private readonly wordingsOpenedBy: number[][] = [];

  constructor(readonly wordings: readonly string[]) {
    const pieceIds = new Map<string, number>();
    this.wordingPieces = wordings.map((wording, id) => {
      if (wording !== wording.toLowerCase()) throw new Error(`wording must be lower-case: ${wording}`);
      const ids = wording.split(PIECE_SEPARATOR).map((piece) => {
        let pieceId = pieceIds.get(piece);
        if (pieceId === undefined) {
          pieceId = this.pieces.push(piece) - 1;
          pieceIds.set(piece, pieceId);
          this.wordingsOpenedBy.push([]);
          if (piece.length < 3) this.shortPieces.push(pieceId);
          else (this.buckets[hash3(piece.charCodeAt(0), piece.charCodeAt(1), piece.charCodeAt(2))] ??= []).push(pieceId);
        }
        return pieceId;
      });
      this.wordingsOpenedBy[ids[0]!]!.push(id);
      return ids;
    });
  }

  /**
   * The wordings that occur in `text` (already lower-cased, whitespace collapsed), by ascending id,
   * each with where it occurs (from its first piece's start to its last piece's end).
   */
  find(text: string): WordingHit[] {
    // Where each found piece occurs (a piece usually occurs once; the ordered check needs them all).
    const at = new Map<number, number[]>();
    const note = (piece: number, position: number): void => {
      const list = at.get(piece);
      if (list) list.push(position);
      else at.set(piece, [position]);
    };
    for (let i = 0; i + 3 <= text.length; i++) {
      const bucket = this.buckets[hash3(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2))];
      if (!bucket) continue;
      for (const piece of bucket) if (text.startsWith(this.pieces[piece]!, i)) note(piece, i);
    }
    for (const piece of this.shortPieces) {
      for (let p = text.indexOf(this.pieces[piece]!); p >= 0; p = text.indexOf(this.pieces[piece]!, p + 1)) note(piece, p);
    }
    const found: WordingHit[] = [];
    for (const opening of at.keys()) {
      for (const wording of this.wordingsOpenedBy[opening]!) {
        const hit = this.inOrder(wording, at);
        if (hit) found.push(hit);
      }
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** Where every piece of the wording occurs, each after the end of the one before; null if not. */
  private inOrder(wording: number, at: ReadonlyMap<number, number[]>): WordingHit | null {
    let from = 0;
    let start = -1;
    for (const piece of this.wordingPieces[wording]!) {
      const next = at.get(piece)?.find((position) => position >= from);
      if (next === undefined) return null;
      if (start < 0) start = next;
      from = next + this.pieces[piece]!.length;
    }
    return { id: wording, start, end: from };
  }
}

export interface WordingHit {
  id: number;
  start: number;
  end: number;
}
