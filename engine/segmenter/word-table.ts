const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Flags of a word: jieba tags it as a proper noun (人名、地名、机构名) / as a 4-character 成语 or 习用语. */
export const PROPER = 1;
export const IDIOM = 2;

/** What a WordTable is made of, to store it and to make it again without building (pack.ts). */
export interface WordTableParts {
  source: string;
  slots: Int32Array;
  starts: Int32Array;
  lengths: Uint8Array;
  counts: Float64Array;
  flagBits: Uint8Array;
  size: number;
}

/**
 * The dictionary's words, kept as places in the dictionary text itself and found by their characters in any
 * string, without slicing it (the local segmentation asks for every span of up to 8 characters). Ids follow
 * the order in which words first occur; building makes no object per word.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly counts: Float64Array;
  private readonly flagBits: Uint8Array;
  private words = 0;
  /** The dictionary text the words are in. */
  readonly source: string;

  /** The words of `source`: at most `capacity` will be added. Or the parts of a table made before (pack.ts). */
  constructor(source: string | WordTableParts, capacity = 0) {
    if (typeof source !== 'string') {
      ({
        source: this.source,
        slots: this.slots,
        starts: this.starts,
        lengths: this.lengths,
        counts: this.counts,
        flagBits: this.flagBits,
      } = source);
      this.words = source.size;
    } else {
      this.source = source;
      let size = 1024;
      while (size < capacity * 3) size *= 2;
      this.slots = new Int32Array(size).fill(-1);
      this.starts = new Int32Array(capacity);
      this.lengths = new Uint8Array(capacity);
      this.counts = new Float64Array(capacity);
      this.flagBits = new Uint8Array(capacity);
    }
    this.mask = this.slots.length - 1;
  }

  parts(): WordTableParts {
    const { source, slots, starts, lengths, counts, flagBits, words } = this;
    return { source, slots, starts, lengths, counts, flagBits, size: words };
  }

  /** The word at [start, end) of the source, with its count (the larger one when it comes twice) and flags: its id. */
  add(start: number, end: number, count: number, flags: number): number {
    let i = slotOf(this.source, start, end, this.mask);
    for (let id = this.slots[i]; id >= 0; id = this.slots[(i = (i + 1) & this.mask)]) {
      if (this.matches(id, this.source, start, end)) {
        this.counts[id] = Math.max(this.counts[id], count);
        this.flagBits[id] |= flags;
        return id;
      }
    }
    const id = this.words++;
    this.slots[i] = id;
    this.starts[id] = start;
    this.lengths[id] = end - start;
    this.counts[id] = count;
    this.flagBits[id] = flags;
    return id;
  }

  /** The id of text[start, end), or −1. */
  idOf(text: string, start = 0, end = text.length): number {
    if (end - start > 255) return -1;
    let i = slotOf(text, start, end, this.mask);
    for (let id = this.slots[i]; id >= 0; id = this.slots[(i = (i + 1) & this.mask)]) {
      if (this.matches(id, text, start, end)) return id;
    }
    return -1;
  }

  /** How often text[start, end) occurs as a word (0 when it is none). */
  countOf(text: string, start: number, end: number): number {
    const id = this.idOf(text, start, end);
    return id < 0 ? 0 : this.counts[id];
  }

  count(id: number): number {
    return this.counts[id];
  }

  flags(id: number): number {
    return this.flagBits[id];
  }

  word(id: number): string {
    return this.source.slice(this.starts[id], this.starts[id] + this.lengths[id]);
  }

  length(id: number): number {
    return this.lengths[id];
  }

  /** Where the word starts in the source text. */
  start(id: number): number {
    return this.starts[id];
  }

  get size(): number {
    return this.words;
  }

  private matches(id: number, text: string, start: number, end: number): boolean {
    if (this.lengths[id] !== end - start) return false;
    const from = this.starts[id];
    for (let k = 0; k < end - start; k++) if (this.source.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
}

function slotOf(text: string, start: number, end: number, mask: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return (h >>> 0) & mask;
}
