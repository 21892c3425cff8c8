import { amounts, type Amount } from '../../numbers';
import { inTableRow } from '../../text-spans';

/** One sentence at a time: sums, rates and changes never cross a 。. */
const SENTENCE = /[^。！？!?\n]+/g;

/**
 * The sentences of `prose` that `wanted` accepts (a cheap test for the rule's cue, so most sentences are never
 * read for numbers), outside table rows, with their amounts. `base` is the sentence's offset in `prose`; amounts'
 * offsets are in `text`.
 */
export function* amountSentences(
  prose: string,
  wanted: (text: string) => boolean,
): Iterable<{ text: string; base: number; amounts: Amount[] }> {
  for (const s of prose.matchAll(SENTENCE)) {
    const text = s[0];
    const base = s.index!;
    if (!wanted(text) || inTableRow(prose, base)) continue;
    yield { text, base, amounts: amounts(text) };
  }
}
