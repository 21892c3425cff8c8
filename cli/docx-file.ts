import * as fs from 'node:fs';
import type { CheckOptions } from '../engine';
import { annotateFindings, AnnotateMode, checkDocx, DocxError, exportDocx } from '../docx';
import { writeOutputFile, WriteRefused } from './atomic-write';
import type { FileOutcome } from './check-file';
import { describeError } from './fs-errors';
import { MAX_REPORT_BYTES, readReport } from './read-file';

export interface AnnotateRequest {
  out: string;
  mode: AnnotateMode;
  /** ISO time on the comments; now by default. */ date?: string;
}

/** Word's binary formats, which the reader does not open: the user saves them as .docx. */
export function isLegacyWord(file: string): boolean {
  return /\.(doc|wps|dot|wpt)$/i.test(file);
}

export function isDocx(file: string): boolean {
  return /\.docx$/i.test(file);
}

/** Checks one .docx (and writes its annotated copy); like checkFile, every failure is one line and the other files go on. */
export function checkDocxFile(file: string, options: CheckOptions, annotate?: AnnotateRequest): FileOutcome {
  const outcome: FileOutcome = { fixed: 0, fixable: 0, notes: [], problems: [], paragraphs: true };
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      outcome.problems.push(`${file}：不是普通文件，未检查`);
      return outcome;
    }
    if (stat.size > MAX_REPORT_BYTES) {
      outcome.problems.push(`${file}：文件超过单个文件 10 MB 的上限，未检查`);
      return outcome;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    outcome.problems.push(`${file}：无法读取（${describeError(error)}）`);
    return outcome;
  }
  try {
    const checked = checkDocx(bytes, options);
    outcome.findings = checked.findings;
    outcome.referenceDate = checked.referenceDate;
    outcome.text = checked.text;
    if (checked.doc.omitted.length) outcome.notes.push(`${file} 中的${checked.doc.omitted.join('、')}未检查`);
    if (annotate) {
      const result = annotateFindings(checked, annotate.mode, annotate.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
      writeOutputFile(annotate.out, result.bytes, file);
      outcome.notes.push(
        `已写出 ${annotate.out}：批注 ${result.comments} 条${annotate.mode === 'track' ? `，修订 ${result.changes} 处` : ''}${result.unplaced ? `，${result.unplaced} 条无法定位到文字` : ''}；原文件未改动`,
      );
    }
  } catch (error) {
    const known = error instanceof DocxError || error instanceof WriteRefused;
    outcome.problems.push(`${file}：${known ? (error as Error).message : `无法处理（${describeError(error)}）`}`);
  }
  return outcome;
}

/** gongwen export: a .txt/.md report as a GB/T 9704 .docx. Returns problem lines. */
export function exportReport(source: string, out: string): string[] {
  let read: ReturnType<typeof readReport>;
  try {
    read = readReport(source);
  } catch (error) {
    return [`${source}：无法读取（${describeError(error)}）`];
  }
  if (read.kind !== 'text') return [`${source}：不是可读取的文本文件，未导出`];
  try {
    writeOutputFile(out, exportDocx(read.decoded.text), source);
  } catch (error) {
    return [`${out}：${error instanceof WriteRefused ? error.message : `无法写出（${describeError(error)}）`}`];
  }
  return [];
}
