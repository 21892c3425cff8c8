import { check, icuSegmenter, sharedSegmenter, userTerms } from '../../engine';
import type { CheckOptions } from '../../engine';
import type { Finding, Segmenter } from '../../engine/types';

/** The date the built-in data's examples are written for. */
export const REFERENCE_DATE = '2026-11-23';

/** Both segmenters, so every token-based behaviour is tested with nodejieba and the fallback. */
export const segmenters: Segmenter[] = [sharedSegmenter(), icuSegmenter(userTerms)];

export function findingsOf(text: string, rule: string, options: CheckOptions = {}): Finding[] {
  return check(text, { referenceDate: REFERENCE_DATE, ...options }).filter((f) => f.rule === rule);
}

export function textsOf(text: string, rule: string, options: CheckOptions = {}): string[] {
  return findingsOf(text, rule, options).map((f) => f.text);
}
