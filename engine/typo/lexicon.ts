import generated from '../../data/generated/readings.json';
import { IntTable, type IntTableParts } from './int-table';
import type { Dictionary } from '../segmenter/dictionary';
import { type Pack, packed, unpacked } from '../segmenter/pack';
import { IDIOM, WordTable } from '../segmenter/word-table';

/** A character the dictionary does not know counts as this rare (jieba's counts start at 1). */
export const UNKNOWN_COUNT = 0.5;
/** Longest word the local segmentation (score.ts) tries; longer dictionary words are left out. */
export const MAX_WORD = 8;
/** A word whose characters have many readings is keyed by at most this many combinations. */
const MAX_READINGS = 4;
/**
 * How frequent (jieba counts, total ≈ 5.8e7) a word must be to be offered as the correction of a same-sound
 * run: rarer words are corrections nobody means (measured on test/corpus/clean and test/corpus/typos).
 */
const MIN_TARGET = { 3: 200, 4: 50 } as Record<number, number>;
/** Toneless readings of each dictionary character, most common first (pinyin-pro, at build time: scripts/readings.ts). */
const READINGS: Readonly<Record<string, string>> = generated.readings;

export interface Lexicon {
  /** Each dictionary word (the segmenter's table): its count, and whether it is a proper noun or an idiom. */
  words: WordTable;
  /** ln of the sum of all frequencies: a word's log-probability is ln(freq) − logTotal. */
  logTotal: number;
  /** ln probability of each character as a one-character word (unknown ones as score.ts counts them), by code. */
  charLogp: Float64Array;
  /**
   * Toneless syllable ids of each BMP Han character that occurs in the dictionary, most common first: those of
   * code c are readingIds[readingStarts[c] … readingStarts[c + 1]).
   */
  readingStarts: Uint32Array;
  readingIds: Uint16Array;
  /** By length (3–4; two-character pairs are too weak, find.ts): pinyin key → ids of the frequent words with that sound. */
  bySound: IntTable[];
  /** 4-character idioms with an inner character dropped, by the code key of the 3 that are left: idiom id × 4 + place. */
  dropped: IntTable;
  /** Hashed pairs of characters that begin a key of `dropped`, one bit each: most places of a text are passed over with one look. */
  droppedStarts: Uint32Array;
}

const PAIR_BITS = 20;
/** The slot of the pair of characters at `at` in a table of 2^PAIR_BITS. */
export const pairSlot = (text: string, at: number): number =>
  ((Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1)) >>> 0) & ((1 << PAIR_BITS) - 1);

/**
 * Keys are 31-bit hashes (FNV-1a steps with Math.imul, never −1, the IntTable's empty mark): integer
 * arithmetic only, where a modulo of a product beyond 2^31 would be a floating-point fmod per character.
 * Whatever a key finds is checked against the text (same sound at the one different character, the same
 * characters), so a collision costs a comparison, never a wrong finding.
 */
const FNV_PRIME = 0x01000193;
/** The key of a sound one syllable longer. */
export const soundKey = (key: number, syllable: number): number => Math.imul(key ^ (syllable + 1), FNV_PRIME) >>> 1;
/** The key of `n` characters at `at`. */
export const charKey = (text: string, at: number, n: number): number => {
  let key = 0;
  for (let i = 0; i < n; i++) key = Math.imul(key ^ text.charCodeAt(at + i), FNV_PRIME) >>> 1;
  return key;
};

/**
 * The lexicon of the typo rule from jieba's dictionary text (`word freq tag` per line): frequencies for the
 * local segmentation, a same-sound index (pinyin-pro readings, data/generated) of the frequent 3–4 character words, and the
 * idioms with a dropped character. Built once per process, on the first check that needs it (~0.3 s cold).
 */
export function buildLexicon(dictionary: Dictionary): Lexicon {
  const { words } = dictionary;
  let total = 0;
  for (let length = 1; length <= MAX_WORD; length++) total += dictionary.totalByLength[length];
  const readings: (number[] | undefined)[] = new Array(65536);
  const syllables = new Map<string, number>();
  const readingsOf = (code: number): number[] | undefined => {
    if (code < 0x3400 || code > 0x9fff) return undefined;
    let ids = readings[code];
    if (!ids) {
      const all = READINGS[String.fromCharCode(code)]?.split(' ') ?? [];
      ids = all.map((s) => {
        let id = syllables.get(s);
        if (id === undefined) syllables.set(s, (id = syllables.size));
        return id;
      });
      readings[code] = ids;
    }
    return ids.length ? ids : undefined;
  };
  // Sized for jieba's dictionary: ~5,000 sounds of 3 characters, ~60,000 of 4, ~64,000 idiom remainders.
  const bySound = [0, 0, 0, 5_000, 60_000].map((expected) => new IntTable(expected));
  const dropped = new IntTable(64_000);
  const droppedStarts = new Uint32Array(1 << (PAIR_BITS - 5)); // one bit per slot
  let keys: number[] = [];
  let grown: number[] = [];
  for (let id = 0; id < words.size; id++) {
    const length = words.length(id);
    const idiom = (words.flags(id) & IDIOM) !== 0;
    if (length < 3 || length > 4 || (words.count(id) < MIN_TARGET[length] && !idiom)) continue;
    const word = words.word(id);
    // The first MAX_READINGS combinations in reading order, grown in two scratch arrays (no per-word closures).
    keys.length = 0;
    keys.push(0);
    for (let i = 0; i < length && keys.length; i++) {
      const ids = readingsOf(word.charCodeAt(i));
      grown.length = 0;
      if (ids) {
        for (let k = 0; k < keys.length && grown.length < MAX_READINGS; k++) {
          for (let r = 0; r < ids.length && grown.length < MAX_READINGS; r++) grown.push(soundKey(keys[k], ids[r]));
        }
      }
      const swap = keys;
      keys = grown;
      grown = swap;
    }
    for (const key of keys) bySound[length].add(key, id);
    if (idiom) {
      for (const at of [1, 2]) {
        const rest = word.slice(0, at) + word.slice(at + 1);
        dropped.add(charKey(rest, 0, 3), id * 4 + at);
        const slot = pairSlot(rest, 0);
        droppedStarts[slot >>> 5] |= 1 << (slot & 31);
      }
    }
  }
  // Readings of every dictionary character, so a text character is looked up, never converted per check.
  for (let id = 0; id < words.size; id++) {
    if (words.length(id) > MAX_WORD) continue;
    for (let k = words.start(id), end = k + words.length(id); k < end; k++) readingsOf(words.source.charCodeAt(k));
  }
  for (const table of [...bySound, dropped]) table.seal();
  const logTotal = Math.log(total);
  const charLogp = new Float64Array(65536).fill(Math.log(UNKNOWN_COUNT) - logTotal);
  for (let id = 0; id < words.size; id++) {
    if (words.length(id) === 1) charLogp[words.word(id).charCodeAt(0)] = Math.log(words.count(id)) - logTotal;
  }
  const readingStarts = new Uint32Array(65537);
  for (let code = 0; code < 65536; code++) readingStarts[code + 1] = readingStarts[code] + (readings[code]?.length ?? 0);
  const readingIds = new Uint16Array(readingStarts[65536]);
  readings.forEach((ids, code) => ids && readingIds.set(ids, readingStarts[code]));
  return { words, logTotal, charLogp, readingStarts, readingIds, bySound, dropped, droppedStarts };
}

/** The lexicon's arrays by name, to store in the dictionary pack (words are stored with the dictionary). */
export function packLexicon(lexicon: Lexicon): Pack {
  const { logTotal, charLogp, readingStarts, readingIds, droppedStarts, bySound, dropped } = lexicon;
  return {
    ...packed('lexicon.', { logTotal, charLogp, readingStarts, readingIds, droppedStarts, bySound: bySound.length }),
    ...Object.assign({}, ...bySound.map((table, i) => packed(`lexicon.bySound${i}.`, table.parts()))),
    ...packed('lexicon.dropped.', dropped.parts()),
  };
}

/** The lexicon packLexicon stored, over the dictionary's words. */
export function unpackLexicon(pack: Pack, words: WordTable): Lexicon {
  const get = <T>(name: string) => pack[`lexicon.${name}`] as T;
  const table = (name: string) => new IntTable(unpacked<IntTableParts>(pack, `lexicon.${name}.`));
  return {
    words,
    logTotal: get('logTotal'),
    charLogp: get('charLogp'),
    readingStarts: get('readingStarts'),
    readingIds: get('readingIds'),
    bySound: Array.from({ length: get<number>('bySound') }, (_, i) => table(`bySound${i}`)),
    dropped: table('dropped'),
    droppedStarts: get('droppedStarts'),
  };
}
