import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check, describeReport, parseReport } from '../../engine';
import type { Finding } from '../../engine/types';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

// Five realistic reports written for these tests (test/fixtures/reports), each with the defects clerks leave
// when they copy last year's report: placeholders, stale 提法, stutters, mixed numbering, missing parts, typos.
const DIR = path.resolve(__dirname, '../../../test/fixtures/reports');
const read = (name: string) => fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
const REPORTS = [
  'situation-complete',
  'self-inspection-placeholders',
  'work-summary-no-lead',
  'self-inspection-missing-plan',
  'review-complete',
] as const;
type Report = (typeof REPORTS)[number];
const findings = (name: Report): Finding[] => check(read(name), { referenceDate: REFERENCE_DATE });
const texts = (name: Report, rule: string) =>
  findings(name)
    .filter((f) => f.rule === rule)
    .map((f) => f.text);

test('reports: placeholders xxxx, XXXX, X and *', () => {
  assert.deepEqual(texts('situation-complete', 'placeholder'), ['xxxx', 'xxxx']);
  assert.deepEqual(texts('self-inspection-placeholders', 'placeholder'), ['XXXXX', 'XXXX', 'XXXX', 'X']);
  assert.deepEqual(texts('self-inspection-missing-plan', 'placeholder'), ['*', '*', '*']);
});

test('reports: the stale plenum chain, 十四五开好局, 十九届六中全会 and 党史学习教育 as current work', () => {
  assert.deepEqual(texts('situation-complete', 'outdated-phrasing'), ['党的十九大和十九届二中、三中、四中、五中、六中全会精神']);
  const copied = texts('self-inspection-placeholders', 'outdated-phrasing');
  assert.ok(
    copied.some((t) => t.includes('十四五') && t.includes('开好局')),
    copied.join(' | '),
  );
  assert.ok(copied.includes('党的十九届六中全会精神'), copied.join(' | '));
  assert.ok(
    copied.some((t) => t.includes('党史学习教育')),
    copied.join(' | '),
  );
  assert.ok(texts('self-inspection-missing-plan', 'outdated-phrasing').some((t) => t.includes('党史学习教育')));
});

test('reports: stutters 规定规定 and 教育育, and nothing on reduplications or correct wording', () => {
  assert.deepEqual(texts('self-inspection-placeholders', 'duplicate-word'), ['规定规定']);
  assert.deepEqual(texts('self-inspection-missing-plan', 'duplicate-word'), ['育育']);
  for (const name of REPORTS) {
    // Findings about the words themselves; frame findings spanning a whole sentence are not about them.
    for (const f of findings(name).filter((x) => x.text.length <= 12)) {
      assert.ok(!/（一）|层层|一级抓一级|原原本本|二十届中央纪委五次全会/.test(f.text), `${name}: ${f.rule} on “${f.text}”`);
    }
  }
});

test('reports: every report has its 一、 parts in the outline, numbered in order', () => {
  const expected: Record<Report, number> = {
    'situation-complete': 3,
    'self-inspection-placeholders': 4,
    'work-summary-no-lead': 3,
    'self-inspection-missing-plan': 4,
    'review-complete': 4,
  };
  for (const name of REPORTS) {
    for (const segmenter of segmenters) {
      const roots = parseReport(read(name), 'plaintext', segmenter).structure().headings;
      assert.equal(roots.length, expected[name], `${name} (${segmenter.name})`);
      assert.ok(
        roots.every((h, i) => h.marker?.number === i + 1 && h.level === 1),
        name,
      );
    }
  }
});

test('reports: （一）…（四） followed by 五是 among siblings is mixed numbering', () => {
  const numbering = findings('self-inspection-placeholders').filter((f) => f.rule === 'heading-numbering');
  assert.deepEqual(
    numbering.map((f) => f.text),
    ['五是'],
  );
  assert.match(numbering[0].message, /同级编号混用/);
});

test('reports: missing 主送机关, 开头语, 下步打算 and 结束语 are found, and only those', () => {
  const frame = (name: Report) =>
    findings(name)
      .filter((f) => ['missing-section', 'addressee', 'lead-in', 'closing'].includes(f.rule))
      .map((f) => (f.rule === 'missing-section' ? `missing-section:${/缺少“(.+?)”/.exec(f.message)![1]}` : f.rule))
      .sort();
  assert.deepEqual(frame('self-inspection-missing-plan'), ['closing', 'missing-section:下步打算']);
  assert.deepEqual(frame('self-inspection-placeholders'), ['addressee', 'closing']);
  assert.deepEqual(frame('work-summary-no-lead'), ['addressee', 'closing', 'lead-in']);
});

test('reports: the complete 情况报告 and 对照检查材料 are recognised and miss no part', () => {
  assert.deepEqual(
    findings('situation-complete').filter((f) => f.rule === 'missing-section'),
    [],
  );
  assert.deepEqual(
    findings('review-complete').filter((f) => f.rule === 'missing-section'),
    [],
  );
  assert.deepEqual(
    ['situation-complete', 'review-complete'].map((n) => describeReport(read(n)).type.name),
    ['情况报告', '对照检查材料'],
  );
});

test('reports: typos and half-width commas', () => {
  assert.deepEqual(texts('work-summary-no-lead', 'misused-word'), ['弛而不息']);
  assert.deepEqual(texts('review-complete', 'misused-word'), ['学而不思则惘', '思而不学则怠', '摇控']);
  assert.equal(texts('self-inspection-missing-plan', 'punctuation').filter((t) => t === ',').length, 3);
});

test('reports: the clean parts of the complete reports draw no warning or error', () => {
  for (const name of ['review-complete'] as const) {
    const serious = findings(name).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(serious.map((f) => f.rule).sort(), ['misused-word', 'misused-word', 'misused-word'], name);
  }
});
