import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataVersion, describeReport, reportStamp, reviewReport } from '../engine';
import type { ReviewFormat } from '../engine';
import { version } from '../package.json';
import { describeError } from './fs-errors';
import type { FileResult } from './format';

/** The installed package (dist/.. ships docs/rules.md): rule links in reports open the local reference. */
const DOCS_ROOT = pathToFileURL(path.resolve(__dirname, '..')).href;

/** The 审校报告 of checked files in a --format of engine/review-report.ts. */
export function reviewOutput(format: ReviewFormat, results: FileResult[]): string {
  const documents = results.map((r) => ({
    file: r.file.split(path.sep).join('/'),
    text: r.text!,
    findings: r.findings,
    summary: describeReport(r.text!, r.options),
  }));
  return reviewReport(format, documents, {
    version,
    dataVersion: dataVersion().label,
    docsRoot: DOCS_ROOT,
    generated: reportStamp(new Date()),
  });
}

/**
 * Writes the output (text/json given, the report formats built here) to --output or stdout. Returns a problem
 * line when the file cannot be written (exit code 2), else undefined.
 */
export function writeReviewOutput(
  format: string,
  results: FileResult[],
  given: string | undefined,
  file: string | undefined,
  out: NodeJS.WritableStream,
): string | undefined {
  const output = given ?? reviewOutput(format as ReviewFormat, results);
  if (!file) {
    out.write(output);
    return undefined;
  }
  try {
    fs.writeFileSync(file, output);
    return undefined;
  } catch (error) {
    return `${file}：无法写入（${describeError(error)}）`;
  }
}
