import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check, describeReport, parseReport } from '../../engine';
import type { Finding } from '../../engine/types';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

// The five real reports live outside the repository (../shared/seeds); they are read, never copied.
const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');
const available = fs.existsSync(SEEDS);
const seed = (prefix: string): Finding[] => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return check(fs.readFileSync(path.join(SEEDS, file), 'utf8'), { referenceDate: REFERENCE_DATE });
};
const texts = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.text);

test('seeds: placeholders in 000 (xxxx), 001 (XXXX) and 003 (*)', { skip: !available && 'shared/seeds not present' }, () => {
  assert.ok(texts(seed('000'), 'placeholder').includes('xxxx'));
  assert.ok(texts(seed('001'), 'placeholder').includes('XXXX'));
  assert.ok(texts(seed('003'), 'placeholder').includes('*'));
});

test('seeds: stale plenum chain in 000, 十四五开好局 in 001', { skip: !available && 'shared/seeds not present' }, () => {
  assert.ok(texts(seed('000'), 'outdated-phrasing').includes('党的十九大和十九届二中、三中、四中、五中、六中全会精神'));
  assert.ok(texts(seed('001'), 'outdated-phrasing').some((t) => t.includes('十四五') && t.includes('开好局')));
});

test('seeds: 规定规定 in 001 and 教育育 in 003', { skip: !available && 'shared/seeds not present' }, () => {
  assert.deepEqual(texts(seed('001'), 'duplicate-word'), ['规定规定']);
  assert.deepEqual(texts(seed('003'), 'duplicate-word'), ['育育']);
});

test('seeds: nothing on （一）, 2021年, 层层 or 一级抓一级', { skip: !available && 'shared/seeds not present' }, () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    // Findings about the words themselves; frame findings spanning a whole sentence are not about them.
    for (const f of seed(prefix).filter((x) => x.length <= 12)) {
      assert.ok(!/（一）|2021年|层层|一级抓一级/.test(f.text), `${prefix}: ${f.rule} on “${f.text}”`);
    }
  }
});

test('seeds: every report has its 一、 sections in the outline', { skip: !available && 'shared/seeds not present' }, () => {
  const expected: Record<string, number> = { '000': 3, '001': 4, '002': 3, '003': 4, '004': 4 };
  for (const [prefix, count] of Object.entries(expected)) {
    const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const roots = parseReport(text, 'plaintext', segmenters[1]).structure().headings;
    assert.equal(roots.length, count, prefix);
    assert.ok(roots.every((h, i) => h.marker?.number === i + 1 && h.level === 1), prefix);
  }
});

test('seeds: 001 mixes （一）…（四） with 五是 among siblings', { skip: !available && 'shared/seeds not present' }, () => {
  const numbering = seed('001').filter((f) => f.rule === 'heading-numbering');
  assert.deepEqual(numbering.map((f) => f.text), ['五是']);
  assert.match(numbering[0].message, /同级编号混用/);
});

test('seeds: missing parts — 003 lacks 下步打算 and 结束语; 001 and 002 lack 主送机关 and 结束语, 002 also 开头语', { skip: !available && 'shared/seeds not present' }, () => {
  const frame = (prefix: string) => seed(prefix)
    .filter((f) => ['missing-section', 'addressee', 'lead-in', 'closing'].includes(f.rule))
    .map((f) => (f.rule === 'missing-section' ? `missing-section:${/缺少“(.+?)”/.exec(f.message)![1]}` : f.rule)).sort();
  assert.deepEqual(frame('003'), ['closing', 'missing-section:下步打算']);
  assert.deepEqual(frame('001'), ['addressee', 'closing']);
  assert.deepEqual(frame('002'), ['addressee', 'closing', 'lead-in']);
});

test('seeds: the complete 000 (情况报告) and 004 (对照检查材料) get no missing-section finding', { skip: !available && 'shared/seeds not present' }, () => {
  assert.deepEqual(seed('000').filter((f) => f.rule === 'missing-section'), []);
  assert.deepEqual(seed('004').filter((f) => f.rule === 'missing-section'), []);
  const types = ['000', '004'].map((p) => {
    const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(p))!;
    return describeReport(fs.readFileSync(path.join(SEEDS, file), 'utf8')).type.name;
  });
  assert.deepEqual(types, ['情况报告', '对照检查材料']);
});

test('seeds: phrasing at 2026-11-23 — stale plenums, 十四五, 党史学习教育 as current, typos, half-width commas', { skip: !available && 'shared/seeds not present' }, () => {
  const outdated = (p: string) => texts(seed(p), 'outdated-phrasing');
  assert.ok(outdated('001').includes('党的十九届六中全会精神'));
  assert.ok(outdated('001').includes('党史学习教育'));
  assert.ok(outdated('003').includes('党史学习教育'));
  assert.deepEqual(texts(seed('002'), 'misused-word'), ['弛而不息']);
  assert.deepEqual(texts(seed('004'), 'misused-word'), ['摇控', '学而不思则惘', '思而不学则怠']);
  assert.ok(texts(seed('003'), 'punctuation').filter((t) => t === ',').length >= 3);
});
