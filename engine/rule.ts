import type { ReportModel } from './model';
import type { Report, Severity } from './types';

export interface RuleContext {
  model: ReportModel;
  /** YYYY-MM-DD */
  referenceDate: string;
}

/** One check. Modules under engine/rules/ each export one of these. */
export interface Rule {
  id: string;
  /** One line, Chinese, shown in docs and settings. */
  description: string;
  defaultSeverity: Severity;
  /** What kind of fix the rule offers: safe (mechanical), judgement (a person should read it), or none. */
  fix: 'safe' | 'judgement' | 'mixed' | 'none';
  /** True when the rule reads word tokens (needs the segmenter). */
  usesTokens: boolean;
  check(context: RuleContext): Iterable<Report>;
}
