/**
 * Finds many literal phrases in one pass over a text. Phrases are grouped by their first UTF-16 unit
 * in a 64K table (one array read per position, the common case being no phrase at all), and within a
 * group by the following units in a trie, so each position costs at most the length of the longest
 * phrase, however many phrases share a beginning (a pack of 1,000 entries all starting with 的).
 */
export class LiteralIndex {
  private readonly table = new Uint16Array(65536); // first unit → trie number (0 = none)
  private readonly tries: TrieNode[] = [emptyNode()];

  /** `phrases[i]` are the literals of owner i (an entry of a data list). */
  constructor(phrases: readonly (readonly string[])[]) {
    phrases.forEach((list, owner) => {
      for (const phrase of list) {
        if (!phrase) continue;
        const first = phrase.charCodeAt(0);
        if (!this.table[first]) {
          this.table[first] = this.tries.length;
          this.tries.push(emptyNode());
        }
        let node = this.tries[this.table[first]];
        for (let k = 1; k < phrase.length; k++) {
          const unit = phrase.charCodeAt(k);
          let next = node.next.get(unit);
          if (!next) node.next.set(unit, (next = emptyNode()));
          node = next;
        }
        node.ends.push({ phrase, owner });
      }
    });
  }

  /** Every occurrence, grouped by owner: owner → [offset, phrase][] in text order. */
  find(text: string): Map<number, [number, string][]> {
    const found = new Map<number, [number, string][]>();
    const { table, tries } = this;
    for (let i = 0; i < text.length; i++) {
      const trie = table[text.charCodeAt(i)];
      if (!trie) continue;
      // Phrases ending deeper are longer: within one owner, the list stays in text order either way.
      for (let node: TrieNode | undefined = tries[trie], k = i + 1; node; node = node.next.get(text.charCodeAt(k++))) {
        for (const { phrase, owner } of node.ends) {
          const list = found.get(owner);
          if (list) list.push([i, phrase]);
          else found.set(owner, [[i, phrase]]);
        }
        if (k >= text.length && node.next.size) break;
      }
    }
    return found;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  ends: { phrase: string; owner: number }[];
}

function emptyNode(): TrieNode {
  return { next: new Map(), ends: [] };
}
