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
  // A boundary inside a term occurrence is dropped when the term itself starts and ends on boundaries.
  const boundaries = new Set<number>();
  let at = 0;
  for (const p of pieces) boundaries.add((at += p.length));
  boundaries.add(0);
  const drop = new Set<number>();
  for (const term of terms) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (!boundaries.has(i) || !boundaries.has(i + term.length)) continue;
      for (let k = i + 1; k < i + term.length; k++) drop.add(k);
    }
  }
  if (drop.size === 0) return pieces;
  const out: string[] = [];
  let start = 0;
  for (const b of [...boundaries].sort((x, y) => x - y)) {
    if (b === 0 || drop.has(b)) continue;
    out.push(text.slice(start, b));
    start = b;
  }
  return out;
}
