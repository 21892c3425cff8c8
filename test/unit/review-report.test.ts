import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { checkReport, dataVersion, describeReport, groupFindings, REVIEW_CATEGORIES, reviewReport, rules } from '../../engine';
import type { ReviewDocument, ReviewFormat } from '../../engine';
import { REFERENCE_DATE } from '../helpers/engine';

const ROOT = path.resolve(__dirname, '../../..');
// A report written for this test with one finding or more in every review category.
const ALL = fs.readFileSync(path.join(ROOT, 'test/fixtures/review/all-categories.txt'), 'utf8');
const META = { version: '9.9.9', dataVersion: dataVersion().label, docsRoot: 'file:///opt/gongwen', generated: '2026-12-06 04:20' };

function doc(text: string, file = 'reports/报告.txt'): ReviewDocument {
  const options = { referenceDate: REFERENCE_DATE };
  return { file, text, findings: checkReport(text, options).findings, summary: describeReport(text, options) };
}

test('every review category has findings in the fixture, and each finding has one category', () => {
  const d = doc(ALL);
  const groups = groupFindings(d.findings, d.summary.model.structure());
  assert.deepEqual(
    groups.map((g) => g.category.id),
    REVIEW_CATEGORIES.map((c) => c.id),
  );
  for (const g of groups) assert.ok(g.findings.length > 0, `${g.category.zh} 没有问题`);
  assert.equal(
    groups.reduce((n, g) => n + g.findings.length, 0),
    d.findings.length,
  );
});

test('an outdated-phrasing entry of kind typo is listed under 政治性/固有表述, with its source and date', () => {
  const typo = doc(ALL).findings.find((f) => f.text === '社会主意')!;
  assert.equal(typo.rule, 'outdated-phrasing');
  assert.equal(typo.category, 'political');
  assert.equal(typo.entry?.id, 'socialism-typo');
  assert.ok(typo.entry?.source && typo.entry.date);
});

test('findings are grouped by the top-level part of the report they are in', () => {
  const d = doc(ALL);
  const groups = groupFindings(d.findings, d.summary.model.structure());
  const wording = groups.find((g) => g.category.id === 'wording')!;
  assert.deepEqual(
    wording.parts.map((p) => p.label),
    ['一、主要工作'],
  );
  const placeholder = groups.find((g) => g.category.id === 'placeholder')!;
  assert.deepEqual(
    placeholder.parts.map((p) => p.label),
    ['一、主要工作', '结尾（结束语、落款、成文日期）'],
  );
});

/** The numbers of the summary table's rows, by category name, from the HTML. */
function htmlSummary(html: string): Map<string, number[]> {
  const table = /<table class="summary">([\s\S]*?)<\/table>/.exec(html)![1];
  const rows = new Map<string, number[]>();
  for (const row of table.matchAll(/<tr[^>]*><td>([^<]+)<\/td>((?:<td[^>]*>\d+<\/td>)+)<\/tr>/g)) {
    rows.set(
      row[1],
      [...row[2].matchAll(/>(\d+)</g)].map((m) => Number(m[1])),
    );
  }
  return rows;
}

test('HTML: the summary table has a row per category and its counts equal the findings', () => {
  const d = doc(ALL);
  const html = reviewReport('html', [d], META);
  const rows = htmlSummary(html);
  for (const c of REVIEW_CATEGORIES) {
    const own = d.findings.filter((f) => f.category === c.id);
    const [errors, warnings, notes, total] = rows.get(c.zh)!;
    assert.equal(total, own.length, c.zh);
    assert.equal(errors, own.filter((f) => f.severity === 'error').length, c.zh);
    assert.equal(warnings, own.filter((f) => f.severity === 'warning').length, c.zh);
    assert.equal(notes, own.filter((f) => f.severity === 'info' || f.severity === 'hint').length, c.zh);
  }
  assert.equal(rows.get('合计')![3], d.findings.length);
  // One numbered entry in the list per finding, and each number in the margin of the text.
  assert.equal((html.match(/<td class="n">[①-⑳]<\/td>/g) ?? []).length, d.findings.length);
  const margins = [...html.matchAll(/<div class="margin">([^<]*)<\/div>/g)].map((m) => m[1]).join('');
  assert.equal([...margins].length, d.findings.length);
});

test('HTML is self-contained and printable on A4', () => {
  const html = reviewReport('html', [doc(ALL)], META);
  assert.match(html, /@page \{ size: A4;/);
  assert.match(html, /"FangSong", "仿宋".*"Noto Serif CJK SC".*serif/);
  assert.doesNotMatch(html, /<script|<link|@import|url\(|src=|https?:\/\/(?!json)/);
  assert.match(html, /参考日期<\/th><td>2026-11-23（草稿模式：指定的参考日期；成文日期 2025-03-01 仅作参考）/);
  assert.match(html, /字数<\/th><td>\d+ 字/);
  assert.ok(html.includes(META.dataVersion));
});

const HOSTILE =
  '关于<script>alert("x")</script>工作的报告\n\n一、情况\n<img src=x onerror=alert(1)> & “XX” **粗体** [链接](http://e.com) | 表格\n';

for (const format of ['html', 'markdown'] as ReviewFormat[]) {
  test(`${format}: the report's text, title and file name are escaped, never markup`, () => {
    const out = reviewReport(format, [doc(HOSTILE, 'a<script>.txt')], META);
    assert.doesNotMatch(out, /<script|<img/);
    assert.ok(out.includes('&lt;script&gt;'));
    if (format === 'markdown') {
      assert.doesNotMatch(out, /\[链接\]\(http/);
      // The text's own ** is escaped (a finding on it may add the report's bold around it).
      assert.ok(out.includes('\\*\\*'));
    }
  });
}

test('Markdown carries the same content: summary per category, numbered findings with fix and source', () => {
  const d = doc(ALL);
  const md = reviewReport('markdown', [d], META);
  for (const c of REVIEW_CATEGORIES) {
    const row = new RegExp(`^\\| ${c.zh.replace('/', '\\/')} \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$`, 'm').exec(md)!;
    assert.equal(Number(row[4]), d.findings.filter((f) => f.category === c.id).length, c.zh);
  }
  for (let n = 1; n <= d.findings.length; n++) assert.match(md, new RegExp(`^${n}\\\\\\. \\*\\*`, 'm'));
  assert.match(md, /- 建议：替换为“党的二十大和二十届历次全会精神”/);
  assert.match(md, /- 依据：二十大闭幕/);
  assert.match(md, /\*\*社会主意\*\*〔\d+〕/);
});

test('a clean report says 未发现问题 and still has every category row at zero', () => {
  const clean = doc('关于工作情况的报告\n\n市政府：\n现将有关情况报告如下。\n');
  const html = reviewReport('html', [{ ...clean, findings: [] }], META);
  assert.match(html, /未发现问题/);
  const md = reviewReport('markdown', [{ ...clean, findings: [] }], META);
  assert.match(md, /未发现问题/);
});

test('a workspace report sums the documents and has a section for each', () => {
  const a = doc(ALL, 'a.txt');
  const b = doc(HOSTILE, 'b.txt');
  const html = reviewReport('html', [a, b], META);
  assert.equal(htmlSummary(html).get('合计')![3], a.findings.length + b.findings.length);
  assert.match(html, /<h2 class="doc-break">1\. a\.txt<\/h2>[\s\S]*<h2 class="doc-break">2\. b\.txt<\/h2>/);
});

function sarifValidator() {
  // The OASIS schema (test/fixtures/sarif, from oasis-tcs/sarif-spec) is draft-04; its only draft-04 keyword is
  // the top-level `id`, so it is read as draft-07 with `$id`.
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const { id, $schema: _draft, ...rest } = schema;
  return new Ajv({ strict: false, allErrors: true }).compile({ ...rest, $id: id }) as ((data: unknown) => boolean) & {
    errors?: unknown[] | null;
  };
}

test('SARIF output is valid SARIF 2.1.0 and carries rule metadata', () => {
  const validate = sarifValidator();
  const d = doc(ALL);
  const sarif = JSON.parse(reviewReport('sarif', [d, doc(HOSTILE, 'b.txt')], META));
  assert.ok(validate(sarif as unknown), JSON.stringify(validate.errors?.slice(0, 3)));
  const driver = sarif.runs[0].tool.driver;
  assert.equal(driver.rules.length, rules.length);
  const outdated = driver.rules.find((r: { id: string }) => r.id === 'outdated-phrasing');
  assert.equal(outdated.name, 'OutdatedPhrasing');
  assert.equal(outdated.properties.category, 'outdated');
  assert.equal(outdated.helpUri, 'file:///opt/gongwen/docs/rules.md#outdated-phrasing');
  assert.ok(outdated.help.text.length > 20);
  const results = sarif.runs[0].results.filter(
    (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0].physicalLocation.artifactLocation.uri === 'reports/报告.txt',
  );
  assert.equal(results.length, d.findings.length);
  const typo = results.find((r: { message: { text: string } }) => r.message.text.includes('社会主意'));
  assert.equal(typo.level, 'error');
  assert.equal(typo.properties.category, 'political');
  assert.equal(driver.rules[typo.ruleIndex].id, 'outdated-phrasing');
  // The validator is not vacuous: a wrong level is refused.
  typo.level = 'fatal';
  assert.equal(validate(sarif as unknown), false);
});

test('the 落款 after the last part is the ending, not part of that part', () => {
  const text =
    '关于工作情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n完成任务。\n二、下步打算\n继续推进。\n特此报告。\n\nXX局\n2026年11月20日\n';
  const d = doc(text);
  const placeholder = groupFindings(d.findings, d.summary.model.structure()).find((g) => g.category.id === 'placeholder')!;
  assert.deepEqual(
    placeholder.parts.map((p) => p.label),
    ['结尾（结束语、落款、成文日期）'],
  );
});
