import type { Segmenter } from '../types';

/**
 * Fallback segmenter on ICU's dictionary word break (Intl.Segmenter, built into Node),
 * with the 公文 terms glued back together where ICU splits them.
 */
export function icuSegmenter(terms: string[]): Segmenter {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const byLength = [...terms].sort((a, b) => b.length - a.length);
  return {
    name: 'icu',
    cut(text) {
      const pieces = Array.from(segmenter.segment(text), (s) => s.segment);
      return mergeTerms(text, pieces, byLength);
    },
  };
}

function mergeTerms(text: string, pieces: string[], terms: string[]): string[] {
  // Like a user dictionary: each term occurrence becomes one piece, cutting the pieces around it.
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const p of pieces) boundaries.add((at += p.length));
  const taken: boolean[] = [];
  let changed = false;
  for (const term of terms) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      const end = i + term.length;
      if (taken.slice(i, end).some(Boolean)) continue; // a longer term already covers part of it
      for (let k = i; k < end; k++) taken[k] = true;
      for (let k = i + 1; k < end; k++) boundaries.delete(k);
      boundaries.add(i).add(end);
      changed = true;
    }
  }
  if (!changed) return pieces;
  const sorted = [...boundaries].sort((x, y) => x - y);
  const out: string[] = [];
  for (let k = 1; k < sorted.length; k++) out.push(text.slice(sorted[k - 1], sorted[k]));
  return out;
}
