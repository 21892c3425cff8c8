import type { ReportModel } from './model';
import type { DetectedType } from './report-types';
import type { RuleData } from './rule-data';
import type { PartStatus } from './sections';
import type { Finding, Report, Severity } from './types';

export interface RuleContext {
  model: ReportModel;
  /** YYYY-MM-DD */
  referenceDate: string;
  /** Length limit in 字 (0: none). */
  maxLength: number;
  /** Built-in lists plus the user's pack. */
  data: RuleData;
  /** The report's type and how sure the detection is (computed once, on first use). */
  reportType(): DetectedType;
  /** The type's standard parts and where each was found (computed once, on first use). */
  parts(): PartStatus[];
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
  /**
   * Rewrites the rule's findings after suppression, e.g. hundreds of one kind into one finding whose fix
   * holds all their edits. Runs after suppression so a switched-off region's spans are never in it.
   */
  summarize?(findings: Finding[]): Finding[];
}
