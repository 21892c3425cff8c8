/** Most frequent words kept from jieba's 349k-word dictionary (plus idioms and AA words, below). */
export const TOP_WORDS = 40_000;

/** File name of the trimmed dictionary, beside jieba's own in a packaged extension. */
export const TRIMMED_NAME = 'gongwen.dict.utf8';
/** File name of the dictionary pack made from it at build time (engine/dictionary-pack.ts). */
export const PACK_NAME = 'gongwen.pack';

/**
 * jieba's full dictionary takes ~1 s and ~250 MB to load; the most frequent words, 4-character
 * idioms and AA reduplications (层层) load in a fraction of that and cut report text almost the
 * same. Two passes over the text, so no object per word is made.
 */
export function trimDictionary(full: string): string {
  const lines = full.split('\n');
  const freqs = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    freqs[i] = Number(line.split(' ', 2)[1]) || 0;
  });
  const threshold = Float64Array.from(freqs).sort().reverse()[TOP_WORDS - 1] ?? 0;
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const [word, , tag] = line.split(' ');
    if (
      freqs[i] >= threshold ||
      ((tag === 'i' || tag === 'l') && [...word].length === 4) || // 成语 and 习用语: 一以贯之, 一岗双责
      /^(.)\1$/u.test(word)
    )
      kept.push(line); // 层层, 常常: reduplications must stay one word
  });
  return kept.join('\n') + '\n';
}
