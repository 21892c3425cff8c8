import { explainReferenceDate } from '../engine';
import type { CheckOptions, Finding, ReferenceDate, Severity } from '../engine';

export interface FileResult {
  file: string;
  findings: Finding[];
  referenceDate: ReferenceDate;
  /** The text checked and its options, for the 审校报告 formats (describeReport). */
  text?: string;
  options?: CheckOptions;
  /** A .docx: lines are paragraphs. */
  paragraphs?: boolean;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  fixes: { title: string; safe: boolean }[];
  /** The other places the finding compares with (1-based, like line/column); absent when none. */
  related?: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
  /** A .docx: the paragraph (1-based, as ¶ in text output; the same as line). */
  paragraph?: number;
  /** The date the file was judged against: the array stays as it was, each finding carries its file's date. */
  referenceDate: Pick<ReferenceDate, 'date' | 'mode' | 'source' | 'documentDate'>;
}

/** Lines and columns are 1-based; columns count UTF-16 code units, as editors and LSP do. */
export function toJson(results: FileResult[]): JsonFinding[] {
  return results.flatMap(({ file, findings, referenceDate, paragraphs }) =>
    findings.map((f) => ({
      file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      text: f.text,
      fixes: f.fixes.map(({ title, safe }) => ({ title, safe })),
      ...(f.related?.length
        ? {
            related: f.related.map(({ range, message }) => ({
              line: range.start.line + 1,
              column: range.start.character + 1,
              endLine: range.end.line + 1,
              endColumn: range.end.character + 1,
              message,
            })),
          }
        : {}),
      ...(paragraphs ? { paragraph: f.range.start.line + 1 } : {}),
      referenceDate: { ...referenceDate },
    })),
  );
}

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };

export function toText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { file, findings, referenceDate, paragraphs } of results) {
    // Every file says which date it was judged against, and why; clean files too.
    lines.push(`${file}  ${explainReferenceDate(referenceDate)}`);
    if (!findings.length) continue;
    for (const f of findings) {
      counts[f.severity]++;
      lines.push(
        `  ${paragraphs ? '¶' : ''}${f.range.start.line + 1}:${f.range.start.character + 1}  ${LABEL[f.severity]}  ${f.message}  [${f.rule}]`,
      );
    }
    lines.push('');
  }
  if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = `已检查 ${results.length} 个文件`;
  lines.push(
    total === 0
      ? `${checked}，未发现问题。`
      : `${checked}，发现 ${total} 个问题（错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info + counts.hint}）。`,
  );
  return lines.join('\n');
}
