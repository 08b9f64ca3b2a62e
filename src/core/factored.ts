interface Node {
  /** A sequence ends here: whatever would follow it can only match where it does already. */
  end: boolean;
  next: Map<string, Node>;
}

/**
 * Alternatives given as sequences of regex-source pieces (a phrase's characters, a pattern's words),
 * as one alternation factored by common beginnings that matches at the same places: "after
 * (?:end of data|DATA command)". V8 merges the common prefixes of plain literals only, so the factored
 * form saves the engine reading "after " once per alternative at every candidate position. A
 * sequence that another one begins with stands for both (wherever the longer matches, the shorter
 * matches at the same place), so what would follow it is dropped. Returns the top-level branches.
 */
export function factoredBranches(sequences: Iterable<readonly string[]>): string[] {
  const root: Node = { end: false, next: new Map() };
  for (const sequence of sequences) {
    let node = root;
    for (const piece of sequence) {
      if (node.end) break;
      let child = node.next.get(piece);
      if (!child) node.next.set(piece, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  if (root.end) throw new Error('an empty alternative matches everywhere');
  return branches(root);
}

function branches(node: Node): string[] {
  return [...node.next].map(([piece, child]) => {
    if (child.end) return piece;
    const rest = branches(child);
    return piece + (rest.length === 1 ? rest[0]! : `(?:${rest.join('|')})`);
  });
}
