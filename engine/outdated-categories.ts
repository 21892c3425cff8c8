import type { Severity } from './types';

/**
 * The closed list of kinds of outdated 提法. Each entry of data/outdated-phrasing.json (and of a user
 * pack) names one; the finding's message opens with the kind's label and takes its severity, so a
 * renamed institution does not read like a stale slogan and a political typo is an error.
 */
export const OUTDATED_CATEGORIES = {
  formulation: { label: '提法已调整', severity: 'warning' },
  institution: { label: '机构已更名或撤并', severity: 'warning' },
  document: { label: '文件已修订或废止', severity: 'warning' },
  plan: { label: '规划期已结束', severity: 'warning' },
  campaign: { label: '阶段性工作已结束', severity: 'warning' },
  epidemic: { label: '疫情防控已转段', severity: 'warning' },
  poverty: { label: '脱贫攻坚和全面小康已完成', severity: 'warning' },
  plenum: { label: '已有更新的会议精神', severity: 'warning' },
  event: { label: '事件已过', severity: 'warning' },
  wording: { label: '用语不规范', severity: 'info' },
  typo: { label: '政治性差错', severity: 'error' },
  format: { label: '格式不规范', severity: 'warning' },
} as const satisfies Record<string, { label: string; severity: Severity }>;

export type OutdatedCategory = keyof typeof OUTDATED_CATEGORIES;

/** The category a user entry gets when it names none. */
export const DEFAULT_CATEGORY: OutdatedCategory = 'formulation';

export function isOutdatedCategory(value: unknown): value is OutdatedCategory {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(OUTDATED_CATEGORIES, value);
}
