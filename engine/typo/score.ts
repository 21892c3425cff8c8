import { Lexicon, MAX_WORD, UNKNOWN_COUNT } from './lexicon';

export interface Segmentation {
  logp: number;
  /** [start, end) of each word, in order. */
  words: [number, number][];
}

/**
 * The most probable cut of `text` into dictionary words (unigram model, as jieba's own DAG search):
 * how likely the text is as written, and where its words are. `text` is a short span around a suspect
 * (≤ 20 characters), so the search is cheap.
 */
export function segment(text: string, lexicon: Lexicon): Segmentation {
  const n = text.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  const unknown = Math.log(UNKNOWN_COUNT) - lexicon.logTotal;
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
      const count = lexicon.words.countOf(text, i, j);
      const p = count ? Math.log(count) - lexicon.logTotal : j === i + 1 ? unknown : -Infinity;
      if (p === -Infinity) continue;
      if (best[i] + p > best[j]) {
        best[j] = best[i] + p;
        from[j] = i;
      }
    }
  }
  const words: [number, number][] = [];
  for (let j = n; j > 0; j = from[j]) words.push([from[j], j]);
  return { logp: best[n], words: words.reverse() };
}
