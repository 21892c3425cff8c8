import { checkModel, CheckResult, parseModel } from './check';
import { describeModel, ReportSummary } from './describe';
import type { ReportModel } from './model';
import type { ReportStructure } from './structure/parse';
import type { CheckOptions } from './options';

/**
 * One version of a report, parsed once: an editor asks for its findings, structure, outline and
 * summary right after every change, and each used to parse the text again. Each view is computed on
 * first use and kept, so a session must be dropped when the text or the options change.
 */
export interface ReportSession {
  readonly text: string;
  readonly options: CheckOptions;
  readonly model: ReportModel;
  /** check()'s findings and reference date. */
  checked(): CheckResult;
  /** describeReport()'s type, parts and reference date. */
  summary(): ReportSummary;
  /** The heading tree, title, 落款 and 成文日期. */
  structure(): ReportStructure;
}

export function openReport(text: string, options: CheckOptions = {}): ReportSession {
  const model = parseModel(text, options);
  let checked: CheckResult | undefined;
  let summary: ReportSummary | undefined;
  return {
    text,
    options,
    model,
    checked: () => (checked ??= checkModel(model, options)),
    summary: () => (summary ??= describeModel(model, options)),
    structure: () => model.structure(),
  };
}
