import { today } from './dates';

/**
 * draft: the report is being written now, so it is judged against today (or the date the user gives);
 * its 成文日期 is evidence only — a copied report keeps last year's date at the bottom.
 * archive: an old report is checked as it was, against its own 成文日期.
 */
export type DateMode = 'draft' | 'archive';
export const DATE_MODES: readonly DateMode[] = ['draft', 'archive'];

export interface ReferenceDate {
  /** YYYY-MM-DD */
  date: string;
  mode: DateMode;
  /** option: --reference-date / gongwen.referenceDate; document: the 成文日期 (archive mode); today. */
  source: 'option' | 'document' | 'today';
  /** The report's own valid 成文日期, when it has one. */
  documentDate?: string;
}

/** The date 提法 are judged against. An explicit reference date is always honoured. */
export function resolveReferenceDate(
  documentDate: string | undefined,
  option: string | undefined,
  mode: DateMode = 'draft',
): ReferenceDate {
  const [date, source]: [string, ReferenceDate['source']] = option
    ? [option, 'option']
    : mode === 'archive' && documentDate
      ? [documentDate, 'document']
      : [today(), 'today'];
  return { date, mode, source, ...(documentDate ? { documentDate } : {}) };
}

/** Why this date, for people: 草稿模式：今天；成文日期 2021-11-20 仅作参考. */
export function referenceReason({ mode, source, documentDate }: ReferenceDate): string {
  if (mode === 'draft')
    return `草稿模式：${source === 'option' ? '指定的参考日期' : '今天'}${documentDate ? `；成文日期 ${documentDate} 仅作参考` : ''}`;
  if (source === 'document') return '存档模式：成文日期';
  if (source === 'option') return `存档模式：指定的参考日期${documentDate ? `，优先于成文日期 ${documentDate}` : ''}`;
  return '存档模式：没有成文日期，按今天';
}

/** One line: 参考日期 2026-11-29（草稿模式：今天；成文日期 2021-11-20 仅作参考）. */
export function explainReferenceDate(reference: ReferenceDate): string {
  return `参考日期 ${reference.date}（${referenceReason(reference)}）`;
}
