import type { ReviewCategoryId } from './review-categories';
import type { Severity } from './types';

/**
 * The closed list of kinds of outdated 提法. Each entry of data/outdated-phrasing.json (and of a user
 * pack) names one; the finding's message opens with the kind's label and takes its severity, so a
 * renamed institution does not read like a stale slogan and a political typo is an error. `review` is the
 * review category its findings are listed under: most kinds are 过时提法 (the rule's category), but a
 * political typo and the 新华社 banned wordings (台湾总统, 两岸三地) are 政治性/固有表述, and a malformed
 * 发文字号 bracket is 结构与格式.
 */
export const OUTDATED_CATEGORIES = {
  formulation: { label: '提法已调整', severity: 'warning', review: 'outdated' },
  institution: { label: '机构已更名或撤并', severity: 'warning', review: 'outdated' },
  document: { label: '文件已修订或废止', severity: 'warning', review: 'outdated' },
  plan: { label: '规划期已结束', severity: 'warning', review: 'outdated' },
  campaign: { label: '阶段性工作已结束', severity: 'warning', review: 'outdated' },
  epidemic: { label: '疫情防控已转段', severity: 'warning', review: 'outdated' },
  poverty: { label: '脱贫攻坚和全面小康已完成', severity: 'warning', review: 'outdated' },
  plenum: { label: '已有更新的会议精神', severity: 'warning', review: 'outdated' },
  event: { label: '事件已过', severity: 'warning', review: 'outdated' },
  wording: { label: '用语不规范', severity: 'info', review: 'political' },
  typo: { label: '政治性差错', severity: 'error', review: 'political' },
  format: { label: '格式不规范', severity: 'warning', review: 'structure' },
} as const satisfies Record<string, { label: string; severity: Severity; review: ReviewCategoryId }>;

export type OutdatedCategory = keyof typeof OUTDATED_CATEGORIES;

/** The category a user entry gets when it names none. */
export const DEFAULT_CATEGORY: OutdatedCategory = 'formulation';

export function isOutdatedCategory(value: unknown): value is OutdatedCategory {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(OUTDATED_CATEGORIES, value);
}
