/**
 * 字数 as 公文 (and Word's 字数统计) count it: each Chinese character and each full-width mark is one,
 * each run of Latin letters or digits is one word; spaces and line breaks do not count.
 */
export function countChars(prose: string): number {
  const han = prose.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/gu)?.length ?? 0;
  const words = prose.match(/[A-Za-z0-9]+(?:[.,][0-9]+)*%?/g)?.length ?? 0;
  return han + words;
}
