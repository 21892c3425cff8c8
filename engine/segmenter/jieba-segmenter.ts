import type { Segmenter } from '../types';
import type { Dictionary } from './dictionary';
import { hmmCut, HmmModel } from './hmm';

/** cppjieba's separators: each is a piece of its own and no word crosses it. */
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);

/**
 * jieba's cut (cppjieba's MixSegment, which nodejieba runs) in JavaScript over the same dictionary files:
 * the most probable path through the dictionary words (MPSegment), then, with `hmm`, the runs of single
 * characters that are not user words cut again by the HMM. It cuts as nodejieba does (test/unit/
 * jieba-segmenter.test.ts compares them over every corpus text) without nodejieba's ~70 MB native trie
 * and ~0.4 s load: the table is the one the typo rule reads anyway. The model loads on the first HMM cut.
 */
export function jiebaSegmenter(dictionary: Dictionary, model: () => HmmModel): Segmenter {
  let hmm: HmmModel | undefined;
  return {
    name: 'jieba',
    cut(text, useHmm = true) {
      const { codes, offsets } = codePoints(text);
      const ends: number[] = [];
      for (let from = 0; from < codes.length;) {
        let to = from;
        if (SEPARATORS.has(codes[from])) to++;
        else while (to < codes.length && !SEPARATORS.has(codes[to])) to++;
        if (useHmm) mixCut(dictionary, (hmm ??= model()), codes, offsets, text, from, to, ends);
        else maxProbabilityCut(dictionary, offsets, text, from, to, ends);
        from = to;
      }
      const pieces: string[] = [];
      let start = 0;
      for (const end of ends) pieces.push(text.slice(offsets[start], offsets[(start = end)]));
      return pieces;
    },
  };
}

/** The text's code points (cppjieba works on runes) and where each starts in the string; offsets[n] = length. */
function codePoints(text: string): { codes: Int32Array; offsets: Int32Array } {
  const codes = new Int32Array(text.length);
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; n++) {
    const code = text.codePointAt(i)!;
    codes[n] = code;
    offsets[n] = i;
    i += code > 0xffff ? 2 : 1;
  }
  offsets[n] = text.length;
  return { codes: codes.subarray(0, n), offsets: offsets.subarray(0, n + 1) };
}

/**
 * MPSegment over [from, to): from the right, each place takes the word that starts there with the best
 * weight of the rest (a character that is no word weighs minWeight); ties go to the shorter word.
 */
function maxProbabilityCut(dictionary: Dictionary, offsets: Int32Array, text: string, from: number, to: number, ends: number[]): void {
  const { words, weights, minWeight, maxLength } = dictionary;
  const n = to - from;
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const start = offsets[from + i];
    const single = words.idOf(text, start, offsets[from + i + 1]);
    best[i] = (single >= 0 ? weights[single] : minWeight) + best[i + 1];
    next[i] = i + 1;
    for (let j = i + 2; j <= n && offsets[from + j] - start <= maxLength; j++) {
      const id = words.idOf(text, start, offsets[from + j]);
      if (id < 0) continue;
      const w = weights[id] + best[j];
      if (w > best[i]) {
        best[i] = w;
        next[i] = j;
      }
    }
  }
  for (let i = 0; i < n; i = next[i]) ends.push(from + next[i]);
}

/** MixSegment: words of two or more characters and user single words stay, other single characters go to the HMM. */
function mixCut(
  dictionary: Dictionary,
  model: HmmModel,
  codes: Int32Array,
  offsets: Int32Array,
  text: string,
  from: number,
  to: number,
  ends: number[],
): void {
  const words: number[] = [];
  maxProbabilityCut(dictionary, offsets, text, from, to, words);
  const single = (start: number, end: number) => end === start + 1 && !dictionary.userSingles.has(codes[start]);
  for (let k = 0, start = from; k < words.length;) {
    if (!single(start, words[k])) {
      ends.push((start = words[k++]));
      continue;
    }
    const runStart = start;
    while (k < words.length && single(start, words[k])) start = words[k++];
    hmmCut(model, codes, runStart, start, ends);
  }
}
