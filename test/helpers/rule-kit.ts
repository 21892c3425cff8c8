import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check } from '../../engine';
import type { CheckOptions } from '../../engine';
import type { Finding, Language, Severity } from '../../engine/types';
import { REFERENCE_DATE, segmenters } from './engine';

/**
 * A table-driven rule test in the manner of textlint-tester: every case runs under both segmenters
 * (nodejieba and the ICU fallback) and both languages — as plain text, and wrapped as a paragraph of
 * a Markdown document (after a comment block, so each position moves down MARKDOWN_LINES lines).
 */
export interface RuleCases {
  /** Texts on which the rule reports nothing. */
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export interface ValidCase {
  text: string;
  options?: CheckOptions;
  /** Where the case holds; both when absent (a case about Markdown syntax is Markdown only). */
  languages?: Language[];
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in text order. */
  findings: ExpectedFinding[];
  /** The text after the first fix of every finding is applied; absent: not checked. */
  output?: string;
}

export interface ExpectedFinding {
  /** The text the finding covers. */
  text: string;
  /** A pattern the message matches, or the whole message. */
  message?: RegExp | string;
  /** [line, character, line, character] in the plain text, zero-based. */
  range?: [number, number, number, number];
  severity?: Severity;
  /** Whether the finding's first fix is safe; `false` also when it has no fix at all. */
  safe?: boolean;
  /** The finding carries no fix. */
  noFix?: true;
}

/** What a case becomes in Markdown: a comment block (masked), a blank line, then the text itself. */
const MARKDOWN_PREFIX = '<!-- rule-kit -->\n\n';
export const MARKDOWN_LINES = 2;

const LANGUAGES: Language[] = ['plaintext', 'markdown'];

/** One node:test test per case; each runs the four segmenter × language combinations. */
export function ruleTester(rule: string, cases: RuleCases): void {
  cases.valid.forEach((entry, i) => {
    const c = typeof entry === 'string' ? { text: entry } : entry;
    test(`${rule} valid #${i + 1}: ${label(c.text)}`, () => {
      for (const run of runs(c)) {
        assert.deepEqual(
          findings(rule, run).map((f) => `${f.text}：${f.message}`),
          [],
          run.name,
        );
      }
    });
  });
  cases.invalid.forEach((c, i) => {
    test(`${rule} invalid #${i + 1}: ${label(c.text)}`, () => {
      for (const run of runs(c)) {
        const found = findings(rule, run);
        assert.deepEqual(
          found.map((f) => f.text),
          c.findings.map((f) => f.text),
          `${run.name}: findings`,
        );
        c.findings.forEach((expected, k) => expectFinding(found[k], expected, run, k));
        if (c.output !== undefined) {
          const edits = found.flatMap((f) => f.fixes[0]?.edits ?? []);
          assert.equal(applyEdits(run.text, edits).text, run.wrap(c.output), `${run.name}: fix output`);
        }
      }
    });
  });
}

interface Run {
  name: string;
  text: string;
  options: CheckOptions;
  lineShift: number;
  wrap(text: string): string;
}

function* runs(c: ValidCase): Iterable<Run> {
  for (const language of c.languages ?? LANGUAGES) {
    const wrap = language === 'markdown' ? (text: string) => MARKDOWN_PREFIX + text : (text: string) => text;
    for (const segmenter of segmenters) {
      yield {
        name: `${segmenter.name}/${language}`,
        text: wrap(c.text),
        options: { referenceDate: REFERENCE_DATE, ...c.options, language, segmenter },
        lineShift: language === 'markdown' ? MARKDOWN_LINES : 0,
        wrap,
      };
    }
  }
}

function findings(rule: string, run: Run): Finding[] {
  return check(run.text, run.options).filter((f) => f.rule === rule);
}

function expectFinding(found: Finding, expected: ExpectedFinding, run: Run, k: number): void {
  const where = `${run.name}: finding ${k + 1} “${expected.text}”`;
  if (typeof expected.message === 'string') assert.equal(found.message, expected.message, where);
  else if (expected.message) assert.match(found.message, expected.message, where);
  if (expected.range) {
    const [sl, sc, el, ec] = expected.range;
    assert.deepEqual(
      found.range,
      {
        start: { line: sl + run.lineShift, character: sc },
        end: { line: el + run.lineShift, character: ec },
      },
      where,
    );
  }
  if (expected.severity) assert.equal(found.severity, expected.severity, where);
  if (expected.safe !== undefined) assert.equal(found.fixes[0]?.safe ?? false, expected.safe, where);
  if (expected.noFix) assert.deepEqual(found.fixes, [], where);
}

function label(text: string): string {
  const line = text.replace(/\n/g, '⏎');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
