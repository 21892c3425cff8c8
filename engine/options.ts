import type { DateMode } from './reference-date';
import type { UserPack } from './rule-data';
import type { Ignore } from './suppression';
import type { Language, Segmenter, SeveritySetting } from './types';

/**
 * What a check is told besides the text. Apart from types.ts because it names the pack and ignore formats,
 * whose modules read findings and severities from types.ts.
 */
export interface CheckOptions {
  language?: Language;
  /** YYYY-MM-DD; the date against which "outdated" is judged. Always honoured when given. */
  referenceDate?: string;
  /** draft (default): judge against referenceDate, else today; archive: against the report's 成文日期. */
  dateMode?: DateMode;
  /** Numeric rule options by rule id (`.gongwen.json` rules: {"document-date": {"maxAgeMonths": 12}}). */
  ruleOptions?: Record<string, Record<string, number>>;
  /** Length limit in 字 (countChars); 0 or absent: none. */
  maxLength?: number;
  /** Report type id or name (自查报告) chosen by the user; otherwise detected. */
  reportType?: string;
  /** Entries a workspace adds in .gongwen.json (same formats as the built-in data). */
  pack?: UserPack;
  /** Phrases to accept (.gongwen.json `ignore`, already narrowed to this file). */
  ignore?: Ignore[];
  /** Per-rule severity override or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Segmenter to use; defaults to the shared one (nodejieba, else the ICU fallback). */
  segmenter?: Segmenter;
}
