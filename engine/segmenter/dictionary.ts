import { type Pack, packed, unpacked } from './pack';
import { userDictionary } from './user-terms';
import { IDIOM, PROPER, WordTable, type WordTableParts } from './word-table';

/** jieba's tags for names of people, places, organisations and other proper nouns. */
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

/**
 * jieba's dictionary (`word frequency tag` per line) read once per process, for both the segmenter
 * (jieba-segmenter.ts) and the typo rule's lexicon: one table of words, two views of their weight.
 */
export interface Dictionary {
  /** Every word with its count (the larger one when it comes twice) and PROPER/IDIOM flags. */
  words: WordTable;
  /**
   * jieba's weight of each word id, as cppjieba's DictTrie computes it: ln(frequency ÷ the sum of the main
   * dictionary's frequencies), user lines included at their own frequency, the last line of a word winning.
   */
  weights: Float64Array;
  /** jieba's weight of a character that is no word: the smallest weight of the main dictionary. */
  minWeight: number;
  /** Characters that are words of the user lines: jieba never hands them to its HMM guesser. */
  userSingles: Set<number>;
  /** The longest word, in UTF-16 code units. */
  maxLength: number;
  /** Sum of the counts of every line, by the word's length (index = length). */
  totalByLength: Float64Array;
}

/** The main dictionary (`word frequency tag` lines) with the 公文 terms as user words after it. */
export function dictionaryWithTerms(main: string): Dictionary {
  const text = main.endsWith('\n') ? main + userDictionary : `${main}\n${userDictionary}`;
  return parseDictionary(text, text.length - userDictionary.length);
}

/** Bump when the pack's layout or what goes into it changes. */
const PACK_FORMAT = 2;
/**
 * What a pack must have been built with to be used: its format and the user terms themselves (a few hundred
 * bytes; the main dictionary and the readings are built into dist/ with the bundle that reads them, esbuild.mjs).
 */
export const PACK_KEY = `${PACK_FORMAT}\n${userDictionary}`;

/**
 * `text` is the main dictionary followed, from `userFrom` on, by user lines (the 公文 terms), as jieba loads
 * its dictionary and user dictionary. indexOf over the text, no split: no string or array per line.
 */
export function parseDictionary(text: string, userFrom: number): Dictionary {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const words = new WordTable(text, lines);
  const weights = new Float64Array(lines);
  const totalByLength = new Float64Array(256);
  const userSingles = new Set<number>();
  let mainSum = 0;
  let maxLength = 0;
  const userLines: [id: number, count: number][] = [];
  for (let at = 0; at < text.length;) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const space = text.indexOf(' ', at);
    if (space > at && space < eol && space - at < 256) {
      const tagAt = text.indexOf(' ', space + 1);
      const hasTag = tagAt > 0 && tagAt < eol;
      const n = Number(text.slice(space + 1, hasTag ? tagAt : eol));
      const length = space - at;
      if (n > 0) {
        const tag = hasTag ? text.slice(tagAt + 1, eol) : '';
        const flags =
          (PROPER_TAGS.has(tag) && length > 1 ? PROPER : 0) | // 侯, 眉: one character tagged as a surname is no name
          ((tag === 'i' || tag === 'l') && length === 4 ? IDIOM : 0);
        const id = words.add(at, space, n, flags);
        totalByLength[length] += n;
        maxLength = Math.max(maxLength, length);
        if (at < userFrom) {
          mainSum += n;
          weights[id] = n; // made a logarithm below, once the sum is known
        } else {
          userLines.push([id, n]);
          if (length === 1) userSingles.add(text.charCodeAt(at));
        }
      }
    }
    at = eol + 1;
  }
  // log of the quotient, as cppjieba, not a difference of logs: ties between cuts must fall the same way.
  let minWeight = Infinity;
  for (let id = 0; id < words.size; id++) {
    if (weights[id] > 0) minWeight = Math.min(minWeight, (weights[id] = Math.log(weights[id] / mainSum)));
  }
  for (const [id, n] of userLines) weights[id] = Math.log(n / mainSum);
  return { words, weights, minWeight, userSingles, maxLength, totalByLength };
}

/** The dictionary's arrays by name, to store in the dictionary pack (pack.ts). */
export function packDictionary({ words, weights, minWeight, userSingles, maxLength, totalByLength }: Dictionary): Pack {
  return { minWeight, maxLength, weights, totalByLength, userSingles: Int32Array.from(userSingles), ...packed('words.', words.parts()) };
}

/** The dictionary packDictionary stored. */
export function unpackDictionary(pack: Pack): Dictionary {
  const get = <T>(name: string) => pack[name] as T;
  return {
    words: new WordTable(unpacked<WordTableParts>(pack, 'words.')),
    weights: get('weights'),
    minWeight: get('minWeight'),
    userSingles: new Set(get<Int32Array>('userSingles')),
    maxLength: get('maxLength'),
    totalByLength: get('totalByLength'),
  };
}
