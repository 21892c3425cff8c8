/** Spans of running text around an offset, shared by rules that judge a phrase by where it stands. */

const SENTENCE_END = /[。；！？!?\n\r]/;
/**
 * How far each helper looks from the phrase. A longer title or sentence is not one (a line with no
 * 。 at all); without a bound, every match on such a line would rescan it, quadratic in its length.
 */
const MAX_TITLE_REACH = 200;
const MAX_SENTENCE_REACH = 500;

/** The 《…》 title on the same line that encloses [at, end), as offsets of 《 and 》, if any. */
export function bookTitleAround(text: string, at: number, end = at): { start: number; end: number } | undefined {
  let open = at - 1;
  const first = Math.max(0, at - MAX_TITLE_REACH);
  while (open >= first && text[open] !== '《' && text[open] !== '》' && text[open] !== '\n') open--;
  if (open < first || text[open] !== '《') return undefined;
  let close = end;
  const last = Math.min(text.length, end + MAX_TITLE_REACH);
  while (close < last && text[close] !== '》' && text[close] !== '《' && text[close] !== '\n') close++;
  return text[close] === '》' ? { start: open, end: close + 1 } : undefined;
}

/** The sentence around [at, end): back to the previous and on to the next 。；！？ or line break (at most MAX_SENTENCE_REACH). */
export function sentenceAround(text: string, at: number, end = at): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE_REACH && !SENTENCE_END.test(text[start - 1])) start--;
  let stop = end;
  while (stop < text.length && stop - end < MAX_SENTENCE_REACH && !SENTENCE_END.test(text[stop])) stop++;
  return { start, end: stop };
}

/** The line break a line inserted into `text` uses: the text's own, \r\n when it has one. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Whether `at` is on a line of a plain-text table (cells separated by |, ｜ or tabs): figures there follow the
 * table's own layout. Only MAX_SENTENCE_REACH characters either side count (a longer line is prose, and an
 * unbounded scan per match would be quadratic on one long line).
 */
export function inTableRow(text: string, at: number): boolean {
  const first = Math.max(0, at - MAX_SENTENCE_REACH);
  const last = Math.min(text.length, at + MAX_SENTENCE_REACH);
  for (let i = at - 1; i >= first && text[i] !== '\n'; i--) if (TABLE_CELL.test(text[i])) return true;
  for (let i = at; i < last && text[i] !== '\n'; i++) if (TABLE_CELL.test(text[i])) return true;
  return false;
}

const TABLE_CELL = /[|｜\t]/;
