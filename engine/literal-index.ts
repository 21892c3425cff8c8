/**
 * Finds many literal phrases in one pass over a text: phrases are grouped by their first UTF-16
 * unit in a 64K table, so each position costs one array read, however long the lists grow.
 */
export class LiteralIndex {
  private readonly table = new Uint16Array(65536); // first unit → bucket number (0 = none)
  private readonly buckets: { phrase: string; owner: number }[][] = [[]];

  /** `phrases[i]` are the literals of owner i (an entry of a data list). */
  constructor(phrases: readonly (readonly string[])[]) {
    phrases.forEach((list, owner) => {
      for (const phrase of list) {
        if (!phrase) continue;
        const first = phrase.charCodeAt(0);
        if (!this.table[first]) {
          this.table[first] = this.buckets.length;
          this.buckets.push([]);
        }
        this.buckets[this.table[first]].push({ phrase, owner });
      }
    });
  }

  /** Every occurrence, grouped by owner: owner → [offset, phrase][] in text order. */
  find(text: string): Map<number, [number, string][]> {
    const found = new Map<number, [number, string][]>();
    const { table, buckets } = this;
    for (let i = 0; i < text.length; i++) {
      const bucket = table[text.charCodeAt(i)];
      if (!bucket) continue;
      for (const { phrase, owner } of buckets[bucket]) {
        if (!text.startsWith(phrase, i)) continue;
        const list = found.get(owner);
        if (list) list.push([i, phrase]); else found.set(owner, [[i, phrase]]);
      }
    }
    return found;
  }
}
