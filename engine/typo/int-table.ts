/**
 * A multimap from non-negative int32 keys to int32 values, as open addressing and linked entries over typed
 * arrays: the typo scan asks it several times per character of text, and building it makes no object per
 * entry (a Map of ~80,000 lists cost ~0.2 s of every start). Values of a key come back in insertion order.
 */
export interface IntTableParts {
  keys: Int32Array;
  heads: Int32Array;
  values: Int32Array;
  nexts: Int32Array;
  used: number;
}

export class IntTable {
  private keys: Int32Array;
  private heads: Int32Array;
  private tails: Int32Array | undefined;
  private mask: number;
  private used = 0;
  private values: Int32Array = new Int32Array(1024);
  private nexts: Int32Array = new Int32Array(1024);
  private entries = 0;

  /** `expected`: about this many keys will be added; or the parts of a sealed table (pack.ts). */
  constructor(expected: number | IntTableParts) {
    if (typeof expected !== 'number') {
      ({ keys: this.keys, heads: this.heads, values: this.values, nexts: this.nexts, used: this.used } = expected);
      this.entries = this.values.length;
      this.mask = this.keys.length - 1;
      return;
    }
    let size = 1024;
    while (size < expected * 4) size *= 2; // a quarter full: a miss, the common case, probes ~1.4 slots
    this.keys = new Int32Array(size).fill(-1);
    this.heads = new Int32Array(size);
    this.tails = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  add(key: number, value: number): void {
    if (this.entries === this.values.length) {
      this.values = grown(this.values);
      this.nexts = grown(this.nexts);
    }
    const entry = this.entries++;
    this.values[entry] = value;
    this.nexts[entry] = -1;
    let i = this.slot(key);
    const tails = this.tails;
    if (!tails) throw new Error('IntTable: add after seal');
    if (this.keys[i] === key) {
      this.nexts[tails[i]] = entry;
      tails[i] = entry;
      return;
    }
    if ((this.used + 1) * 2 > this.mask) {
      this.rehash();
      i = this.slot(key);
    }
    this.used++;
    this.keys[i] = key;
    this.heads[i] = entry;
    this.tails![i] = entry;
  }

  /** Done adding: the build-only parts go (a third of the table) and the entries shrink to their number. */
  seal(): void {
    this.tails = undefined;
    this.values = this.values.slice(0, this.entries);
    this.nexts = this.nexts.slice(0, this.entries);
  }

  /** The first entry of `key`, or −1; walk on with next(). */
  first(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.heads[i] : -1;
  }

  next(entry: number): number {
    return this.nexts[entry];
  }

  value(entry: number): number {
    return this.values[entry];
  }

  /** A sealed table's parts, to store it. */
  parts(): IntTableParts {
    if (this.tails) throw new Error('IntTable: parts before seal');
    const { keys, heads, values, nexts, used } = this;
    return { keys, heads, values, nexts, used };
  }

  /** How many keys. */
  get size(): number {
    return this.used;
  }

  private rehash(): void {
    const { keys, heads } = this;
    const tails = this.tails!;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.heads = new Int32Array(keys.length * 2);
    const grownTails = (this.tails = new Int32Array(keys.length * 2));
    this.mask = this.keys.length - 1;
    keys.forEach((key, i) => {
      if (key === -1) return;
      const j = this.slot(key);
      this.keys[j] = key;
      this.heads[j] = heads[i];
      grownTails[j] = tails[i];
    });
  }
}

function grown(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
