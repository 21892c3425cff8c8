/** Spans of running text around an offset, shared by rules that judge a phrase by where it stands. */

const SENTENCE_END = /[。；！？!?\n\r]/;

/** The 《…》 title on the same line that encloses [at, end), as offsets of 《 and 》, if any. */
export function bookTitleAround(text: string, at: number, end = at): { start: number; end: number } | undefined {
  let open = at - 1;
  while (open >= 0 && text[open] !== '《' && text[open] !== '》' && text[open] !== '\n') open--;
  if (open < 0 || text[open] !== '《') return undefined;
  let close = end;
  while (close < text.length && text[close] !== '》' && text[close] !== '《' && text[close] !== '\n') close++;
  return text[close] === '》' ? { start: open, end: close + 1 } : undefined;
}

/** The sentence around [at, end): back to the previous and on to the next 。；！？ or line break. */
export function sentenceAround(text: string, at: number, end = at): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let stop = end;
  while (stop < text.length && !SENTENCE_END.test(text[stop])) stop++;
  return { start, end: stop };
}
