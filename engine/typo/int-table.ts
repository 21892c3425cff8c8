/**
 * A map from non-negative int32 keys to lists, as open addressing over typed arrays: the typo scan asks it
 * several times per character of text, and a Map of ~80,000 entries costs a cache miss per question.
 */
export class IntTable<T> {
  private keys: Int32Array;
  private slots: Int32Array;
  private readonly lists: T[][] = [];
  private mask: number;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 4) size *= 2; // a quarter full: a miss, the common case, probes ~1.4 slots
    this.keys = new Int32Array(size).fill(-1);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private find(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  add(key: number, value: T): void {
    const i = this.find(key);
    if (this.keys[i] === key) {
      this.lists[this.slots[i]].push(value);
      return;
    }
    if ((this.lists.length + 1) * 2 > this.mask) this.grow();
    const j = this.find(key);
    this.keys[j] = key;
    this.slots[j] = this.lists.length;
    this.lists.push([value]);
  }

  get(key: number): readonly T[] | undefined {
    const i = this.find(key);
    return this.keys[i] === key ? this.lists[this.slots[i]] : undefined;
  }

  get size(): number {
    return this.lists.length;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.slots = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    keys.forEach((key, i) => {
      if (key === -1) return;
      const j = this.find(key);
      this.keys[j] = key;
      this.slots[j] = slots[i];
    });
  }
}
