import type { ReportModel } from './model';
import type { ReferenceDate } from './reference-date';
import type { DetectedType } from './report-types';
import type { RuleData } from './rule-data';
import type { PartStatus } from './sections';
import type { ReviewCategoryId } from './review-categories';
import type { CheckOptions } from './options';
import type { Finding, Report, Severity } from './types';

export interface RuleContext {
  model: ReportModel;
  /** YYYY-MM-DD (= reference.date) */
  referenceDate: string;
  /** The reference date with its mode and source, and the report's own 成文日期. */
  reference: ReferenceDate;
  /** Numeric options per rule id, validated against each rule's `options`. */
  ruleOptions: Record<string, Record<string, number>>;
  /** Length limit in 字 (0: none). */
  maxLength: number;
  /** Built-in lists plus the user's pack. */
  data: RuleData;
  /** The report's type and how sure the detection is (computed once, on first use). */
  reportType(): DetectedType;
  /** The type's standard parts and where each was found (computed once, on first use). */
  parts(): PartStatus[];
}

/** What kind of fix a rule offers: safe (mechanical), judgement (a person should read it), mixed (both kinds), none. */
export type FixClass = 'safe' | 'judgement' | 'mixed' | 'none';

/** A text an example runs on: the whole document, with options where the rule needs one (length). */
export type RuleExample = string | { text: string; options: Pick<CheckOptions, 'maxLength' | 'reportType'> };

/** A setting that changes what the rule reports. */
export interface RuleOption {
  /** Where it is set: the VS Code setting (gongwen.maxLength), or the key in the rule's `.gongwen.json` object. */
  setting: string;
  /**
   * For an option of the rule's object in `.gongwen.json` (`"rules": {"document-date": {"maxAgeMonths": 12}}`):
   * its key there and the valid range of an integer (engine/config.ts checks it).
   */
  key?: string;
  min?: number;
  max?: number;
  type: 'integer' | 'string';
  default: number | string;
  /** Chinese, one line. */
  description: string;
}

/**
 * One check. Modules under engine/rules/ each export one of these; its metadata is the single source of
 * docs/rules.md's reference, the gongwen.rules setting, the config schema and `gongwen rules`
 * (scripts/generate.ts), so nothing about a rule is written twice.
 */
export interface Rule {
  id: string;
  category: ReviewCategoryId;
  /** One line, Chinese, shown in settings, the CLI listing and the docs' table. */
  description: string;
  /** What exactly is and is not reported (Chinese, Markdown), for docs/rules.md. */
  details: string;
  defaultSeverity: Severity;
  /** Checked against the fixes the rule's findings carry (test/unit/rule-metadata.test.ts). */
  fix: FixClass;
  options?: RuleOption[];
  /** Documents on which the rule stays quiet (valid) or reports at least once (invalid); run by the tests. */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  check(context: RuleContext): Iterable<Report>;
  /**
   * `paragraph`: what the rule reports inside a paragraph depends only on that paragraph, the structure,
   * the reference date and the options, never on the report type or another paragraph, and lies inside it.
   * An editor's re-check after a keystroke then runs the rule on the paragraph typed in alone and keeps its
   * other findings (engine/incremental.ts); test/unit/paragraph-scope.test.ts holds each such rule to it.
   */
  scope?: 'paragraph';
  /**
   * Rewrites the rule's findings after suppression, e.g. hundreds of one kind into one finding whose fix
   * holds all their edits. Runs after suppression so a switched-off region's spans are never in it.
   */
  summarize?(findings: Finding[]): Finding[];
}

/** A rule's option set in the rule's `.gongwen.json` object (`key`), as configured, else its default. */
export function ruleOption(context: RuleContext, rule: Rule, key: string): number {
  return context.ruleOptions[rule.id]?.[key] ?? (rule.options!.find((o) => o.key === key)!.default as number);
}
