/**
 * The closed list of review categories, in the order a reviewer reads them (and views list them). Every rule
 * names one; docs, settings, the CLI listing and the editor's views take names and order from here only.
 */
export const REVIEW_CATEGORIES = [
  { id: 'political', zh: '政治性/固有表述', en: 'Political and fixed expressions' },
  { id: 'outdated', zh: '过时提法', en: 'Outdated phrasing' },
  { id: 'structure', zh: '结构与格式', en: 'Structure and format' },
  { id: 'wording', zh: '文字', en: 'Wording' },
  { id: 'punctuation', zh: '标点', en: 'Punctuation' },
  { id: 'consistency', zh: '数字与一致性', en: 'Numbers and consistency' },
  { id: 'placeholder', zh: '占位符', en: 'Placeholders' },
] as const;

export type ReviewCategoryId = (typeof REVIEW_CATEGORIES)[number]['id'];
export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

export function reviewCategory(id: ReviewCategoryId): ReviewCategory {
  return REVIEW_CATEGORIES.find((c) => c.id === id)!;
}
