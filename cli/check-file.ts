import { check, checkReport, fixAll } from '../engine';
import type { CheckOptions, Finding, ReferenceDate } from '../engine';
import { replaceFile, WriteRefused } from './atomic-write';
import { PlaceholderEditError } from './encoding';
import { describeError } from './fs-errors';
import { MAX_REPORT_BYTES, readReport } from './read-file';

export interface FileOutcome {
  /** Absent when the file could not be checked. */
  findings?: Finding[];
  /** The date the findings were judged against (with them). */
  referenceDate?: ReferenceDate;
  /** The text the findings are about (after --fix). */
  text?: string;
  fixed: number;
  /** Safe fixes found, whether or not they could be written. */
  fixable: number;
  /** Lines for stderr that do not change the exit code. */
  notes: string[];
  /** Lines for stderr that make the exit code 2. */
  problems: string[];
  /** Lines are paragraphs (a .docx): positions read ¶paragraph:character. */
  paragraphs?: boolean;
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
};

/**
 * Reads, optionally fixes (atomically, in the file's own encoding) and checks one file. Every
 * failure becomes one line for the user, so one bad file never stops the others.
 */
export function checkFile(file: string, options: CheckOptions, fix: boolean): FileOutcome {
  const outcome: FileOutcome = { fixed: 0, fixable: 0, notes: [], problems: [] };
  let read: ReturnType<typeof readReport>;
  try {
    read = readReport(file);
  } catch (error) {
    outcome.problems.push(`${file}：无法读取（${describeError(error)}）`);
    return outcome;
  }
  if (read.kind === 'binary') {
    outcome.notes.push(`${file} 不是文本文件，已跳过`);
    return outcome;
  }
  if (read.kind === 'not-a-file') {
    outcome.problems.push(`${file}：不是普通文件（如管道或设备），未检查`);
    return outcome;
  }
  if (read.kind === 'too-large') {
    outcome.problems.push(`${file}：文件大小 ${megabytes(read.size)} MB，超过单个文件 ${megabytes(MAX_REPORT_BYTES)} MB 的上限，未检查`);
    return outcome;
  }
  const { decoded } = read;
  const encodingName = ENCODING_NAMES[decoded.encoding];
  if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
    outcome.notes.push(`${file} 按 ${encodingName} 编码读取${fix ? '，修复后按原编码写回' : ''}`);
  }
  if (decoded.invalidRuns) {
    outcome.notes.push(
      `${file} 有 ${decoded.invalidRuns} 处不是有效 ${encodingName} 的字节，显示为 \uFFFD${fix ? '，写回时原样保留' : ''}`,
    );
  }
  let text = decoded.text;
  try {
    if (fix) {
      const result = fixAll(text, (t) => check(t, options));
      if (result.unconverged) {
        outcome.problems.push(`${file}：规则 ${result.unconverged.join('、')} 的自动修复没有收敛，已停止修复（请报告此问题）`);
      }
      outcome.fixable = result.fixed;
      if (result.fixed) {
        try {
          replaceFile(file, decoded.encode(result.text), read.readAs);
          outcome.notes.push(`${file} 已修复 ${result.fixed} 处`);
          outcome.fixed = result.fixed;
          text = result.text;
        } catch (error) {
          const known = error instanceof WriteRefused || error instanceof PlaceholderEditError;
          outcome.problems.push(`${file}：${known ? (error as Error).message : `无法写回（${describeError(error)}），原文件未改动`}`);
        }
      }
    }
    ({ findings: outcome.findings, referenceDate: outcome.referenceDate } = checkReport(text, options));
    outcome.text = text;
  } catch (error) {
    outcome.problems.push(`${file}：检查时出错（${describeError(error)}）`);
  }
  return outcome;
}

/** Rounded up, so a file just over the limit does not read as being at it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '');
}
