import { isIsoDate } from './dates';
import { CheckMemo, keptReports, movedReport, paragraphEdit } from './incremental';
import { parseReport } from './model';
import type { ReportModel } from './model';
import type { Span } from './paragraphs';
import { ReferenceDate, resolveReferenceDate } from './reference-date';
import { detectType, DetectedType } from './report-types';
import type { Rule, RuleContext } from './rule';
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
  return checkAfter(model, options).result;
}

/**
 * checkModel that also leaves a memo for the next version of the same document, and given the previous
 * version's, re-runs the paragraph-scoped rules only on the paragraph an edit stayed inside (incremental.ts).
 */
export function checkAfter(model: ReportModel, options: CheckOptions, previous?: CheckMemo): { result: CheckResult; memo: CheckMemo } {
  const { text } = model;
  const context = ruleContext(model, options);
  const { reference } = context;
  const edit = paragraphEdit(previous, model, options, reference.date);
  const findings: Finding[] = [];
  const runs = new Map<string, readonly Report[]>();
  let runOnParagraph: ((rule: Rule) => Report[]) | undefined;
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    let reports: Report[];
    try {
      const before = rule.scope === 'paragraph' ? previous?.runs.get(rule.id) : undefined;
      reports =
        edit && before
          ? [...keptReports(before, edit), ...(runOnParagraph ??= paragraphRun(context, edit.paragraph))(rule)]
          : [...rule.check(context)];
      if (rule.scope === 'paragraph') runs.set(rule.id, reports);
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
  const memo: CheckMemo = { model, options, referenceDate: reference.date, runs };
  return { result: { findings: sorted, referenceDate: reference }, memo };
}

/** What every rule is given: the model, the reference date, the data and the report type on first use. */
export function ruleContext(model: ReportModel, options: CheckOptions): RuleContext {
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
  return context;
}

/**
 * Rules of paragraph scope run on one paragraph (ReportModel.within), their reports moved back to offsets in
 * the text. The report type and parts are the whole report's, not theirs to read.
 */
export function paragraphRun(context: RuleContext, paragraph: Span): (rule: Rule) => Report[] {
  const outOfScope = (): never => {
    throw new Error('a rule of paragraph scope read the report type or parts');
  };
  const view: RuleContext = { ...context, model: context.model.within(paragraph), reportType: outOfScope, parts: outOfScope };
  return (rule) => Array.from(rule.check(view), (r) => movedReport(r, paragraph.start));
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
