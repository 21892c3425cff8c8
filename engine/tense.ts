/**
 * Whether a phrase at [at, at+length) is spoken of as past. Campaigns, plans and slogans that
 * were current once are fine in a sentence about their time (2021年开展了党史学习教育) and stale
 * when the report presents them as today's work (深入开展党史学习教育).
 */
const PAST_WORDS = /以来|期间|曾经|曾|已经|已于|已|去年|前年|当年|此前|之前|回顾|过去|那时|时任/;
const YEAR = /(\d{4})\s*年/g;

export function spokenOfAsPast(text: string, at: number, length: number, referenceYear: number): boolean {
  const { before, after } = clauseAround(text, at, length);
  if (/^\s*成果/.test(after)) return true; // 巩固拓展…成果 is how a finished campaign is named today
  if (PAST_WORDS.test(before) || PAST_WORDS.test(after)) return true;
  if (/[了过]\s*$/.test(before) || /^[了过]/.test(after)) return true; // 开展了…, …过
  for (const m of (before + after).matchAll(YEAR)) if (Number(m[1]) < referenceYear) return true;
  return false;
}

/** The clause around a match: back to the previous and on to the next 。；！？ or line break. */
function clauseAround(text: string, at: number, length: number): { before: string; after: string } {
  const stops = /[。；！？!?\n\r]/;
  let start = at;
  while (start > 0 && at - start < 120 && !stops.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && end - at < 120 && !stops.test(text[end])) end++;
  return { before: text.slice(start, at), after: text.slice(at + length, end) };
}
