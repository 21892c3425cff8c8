import { isIsoDate } from './dates';
import { parseReport } from './model';
import type { ReportModel } from './model';
import { ReferenceDate, resolveReferenceDate } from './reference-date';
import { detectType, DetectedType } from './report-types';
import type { RuleContext } from './rule';
import { ruleData } from './rule-data';
import { rules } from './rules';
import { findParts, PartStatus } from './sections';
import { sharedSegmenter } from './segmenter';
import { suppress } from './suppression';
import type { CheckOptions } from './options';
import type { Finding, Report } from './types';

/**
 * Checks a report and returns its findings sorted by position. Pure: no I/O besides loading
 * the segmenter once per process, and never touches the network.
 */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkReport(text, options).findings;
}

/** The findings and the date they were judged against (and why: reference-date.ts). */
export function checkReport(text: string, options: CheckOptions = {}): CheckResult {
  return checkModel(parseModel(text, options), options);
}

/** The findings of a report and the date they were judged against. */
export interface CheckResult {
  findings: Finding[];
  referenceDate: ReferenceDate;
}

/** The model check() and describeReport() read, after validating the options they share. */
export function parseModel(text: string, options: CheckOptions): ReportModel {
  if (options.referenceDate && !isIsoDate(options.referenceDate)) {
    throw new RangeError(`参考日期“${options.referenceDate}”不是有效的 YYYY-MM-DD 日期`);
  }
  return parseReport(text, options.language ?? 'plaintext', options.segmenter ?? sharedSegmenter());
}

/** checkReport on a model already parsed (openReport: one parse per document version). */
export function checkModel(model: ReportModel, options: CheckOptions = {}): CheckResult {
  const { text } = model;
  const reference = resolveReferenceDate(model.structure().date?.iso, options.referenceDate, options.dateMode);
  let type: DetectedType | undefined;
  let parts: PartStatus[] | undefined;
  const data = ruleData(options.pack);
  const context: RuleContext = {
    model,
    referenceDate: reference.date,
    reference,
    ruleOptions: options.ruleOptions ?? {},
    maxLength: options.maxLength ?? 0,
    data,
    reportType: () => (type ??= detectType(model, data.types, options.reportType)),
    parts: () => (parts ??= findParts(model, context.reportType().type)),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    let reports: Report[];
    try {
      reports = [...rule.check(context)];
    } catch (error) {
      // One broken rule (or a pack entry that trips it) must not blank the other rules' findings;
      // its partial reports are dropped, they may be wrong.
      findings.push(ruleFailure(rule.id, error, model));
      continue;
    }
    for (const report of reports) {
      const finding: Finding = {
        rule: rule.id,
        severity: setting ?? report.severity ?? rule.defaultSeverity,
        message: report.message,
        offset: report.offset,
        length: report.length,
        range: model.lines.rangeOf(report.offset, report.length),
        text: text.slice(report.offset, report.offset + report.length),
        fixes: report.fixes ?? [],
        category: report.entry?.category ?? rule.category,
      };
      // Assigned, not spread in: a spread per finding was most of the cost of 400,000 findings.
      if (report.entry) finding.entry = report.entry;
      if (report.related?.length) {
        finding.related = report.related.map((r) => ({ range: model.lines.rangeOf(r.offset, r.length), message: r.message }));
      }
      findings.push(finding);
    }
  }
  const sorted = summarize(suppress(findings, model, options.ignore)).sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { findings: sorted, referenceDate: reference };
}

const summarizing = rules.filter((r) => r.summarize);

/** Lets each rule with a `summarize` step rewrite its own findings (the others pass through). */
function summarize(findings: Finding[]): Finding[] {
  const own = new Map(summarizing.map((r) => [r.id, [] as Finding[]]));
  const out: Finding[] = [];
  for (const f of findings) (own.get(f.rule) ?? out).push(f);
  for (const rule of summarizing) {
    // A loop, not push(...list): spreading 150,000 findings overflows the call stack.
    for (const summary of rule.summarize!(own.get(rule.id)!)) out.push(summary);
  }
  return out;
}

/** The one error a rule that threw leaves, at the start of the text, always at error severity. */
function ruleFailure(rule: string, error: unknown, model: ReportModel): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule,
    severity: 'error',
    message: `规则 ${rule} 出错：${reason}（其余规则照常检查；请报告此问题）`,
    offset: 0,
    length: 0,
    range: model.lines.rangeOf(0, 0),
    text: '',
    fixes: [],
    category: rules.find((r) => r.id === rule)!.category,
  };
}
