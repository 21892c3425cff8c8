import type { Finding } from '../../engine';

/**
 * 加入词典 for a typo finding on a word (not a lone 的): the written form goes to the workspace's `words`,
 * which the typo rule never corrects (单位名、人名、地名 the dictionary does not know).
 */
export function dictionaryChange(finding: Finding): { title: string; jsonPath: ['words', -1]; value: string } | undefined {
  if (finding.rule !== 'typo' || [...finding.text].length < 2 || /\s/.test(finding.text)) return undefined;
  return { title: `将“${finding.text}”加入词典（本工作区不再提示）`, jsonPath: ['words', -1], value: finding.text };
}
