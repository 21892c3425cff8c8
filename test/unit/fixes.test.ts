import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, check, diffEdit, fixAll, fixAllEdits, MAX_FIX_ROUNDS } from '../../engine';
import type { Finding } from '../../engine/types';

test('edits apply in offset order regardless of input order', () => {
  const { text, applied } = applyEdits('甲乙丙丁', [
    { offset: 3, length: 1, newText: '四' },
    { offset: 0, length: 1, newText: '一' },
  ]);
  assert.equal(text, '一乙丙四');
  assert.equal(applied.length, 2);
});

test('an overlapping edit is skipped so no text outside a fix span changes twice', () => {
  const { text, applied } = applyEdits('规定规定', [
    { offset: 0, length: 4, newText: '规定' },
    { offset: 2, length: 2, newText: '' },
  ]);
  assert.equal(text, '规定');
  assert.equal(applied.length, 1);
});

test('two insertions at one point keep only the first; out-of-range edits are dropped', () => {
  const { text } = applyEdits('特此报告', [
    { offset: 4, length: 0, newText: '。' },
    { offset: 4, length: 0, newText: '！' },
    { offset: 9, length: 1, newText: 'x' },
  ]);
  assert.equal(text, '特此报告。');
});

test('fix all applies every safe fix, only inside their spans, and a second check finds none of them', () => {
  const text = '关于工作情况的报告\n\n市委：\n2026年,我们落实"第一议题"制度,弛而不息纠治四风。\n一.主要工作\n(一)学习\n';
  const run = (t: string) => check(t, { referenceDate: '2026-11-23' });
  const { text: fixed, fixed: count } = fixAll(text, run);
  assert.equal(fixed, '关于工作情况的报告\n\n市委：\n2026年，我们落实“第一议题”制度，驰而不息纠治四风。\n一、主要工作\n（一）学习\n');
  assert.equal(count, 6); // the pair of straight quotes is one fix
  assert.deepEqual(
    run(fixed).filter((f) => f.fixes.some((x) => x.safe)),
    [],
  );
});

test('diffEdit keeps the common prefix and suffix and never splits a surrogate pair', () => {
  assert.deepEqual(diffEdit('甲,乙,丙', '甲，乙，丙'), { offset: 1, length: 3, newText: '，乙，' });
  assert.equal(diffEdit('同', '同'), undefined);
  const edit = diffEdit('a\uD842\uDFB7b', 'a\uD842\uDFB8b')!;
  assert.deepEqual(edit, { offset: 1, length: 2, newText: '\uD842\uDFB8' });
});

/** A fake rule set whose safe fixes are given as text → replacement pairs, for the fixpoint guard. */
function fakeRules(rules: Record<string, [string, string]>) {
  return (text: string): Finding[] =>
    Object.entries(rules).flatMap(([rule, [from, to]]) => {
      const at = text.indexOf(from);
      if (at < 0) return [];
      const range = { start: { line: 0, character: at }, end: { line: 0, character: at + from.length } };
      return [
        {
          rule,
          severity: 'warning' as const,
          message: rule,
          range,
          offset: at,
          length: from.length,
          text: from,
          fixes: [{ title: rule, safe: true, edits: [{ offset: at, length: from.length, newText: to }] }],
        },
      ];
    });
}

test('fix all iterates to a fixpoint: a chain longer than five rounds is fixed completely', () => {
  const rules = fakeRules({ step: ['a', 'b'] });
  const { text, fixed, unconverged } = fixAll('a'.repeat(12), rules);
  assert.equal(text, 'b'.repeat(12));
  assert.equal(fixed, 12);
  assert.equal(unconverged, undefined);
});

test('fix all stops on rules that undo each other and names them instead of looping', () => {
  const result = fixAll('甲乙', fakeRules({ there: ['甲', '丙'], back: ['丙', '甲'], other: ['乙', '丁'] }));
  assert.deepEqual(result.unconverged, ['back', 'there']);
  assert.ok(result.fixed <= 4, `stopped at the first repeated text (${result.fixed} fixes)`);
});

test('fix all stops at the round limit on a fix that never settles, and names its rule', () => {
  let rounds = 0;
  const grow = fakeRules({ grow: ['x', 'xx'] });
  const result = fixAll('x', (t) => {
    rounds++;
    return grow(t);
  });
  assert.deepEqual(result.unconverged, ['grow']);
  assert.equal(rounds, MAX_FIX_ROUNDS + 1);
});

test('after one fix all, a second changes nothing: every fixture and a generated messy text', () => {
  const root = path.resolve(__dirname, '../../../test/fixtures');
  const texts = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(root, f), 'utf8'),
      language: f.endsWith('.md') ? ('markdown' as const) : ('plaintext' as const),
    }));
  const messy = [
    '关于工作情况的报告',
    '',
    '市委：',
    '今年以来,我局弛而不息纠治"四风",,落实"第一议题"制度;;',
    '一.主要工作',
    '(一)学习(含自学)!',
    '1.贯彻落实..',
    '经研究,认为:',
  ]
    .join('\n')
    .repeat(30);
  texts.push({ name: 'messy', text: messy, language: 'plaintext' });
  assert.ok(texts.length >= 10);
  for (const { name, text, language } of texts) {
    const run = (t: string) => check(t, { referenceDate: '2026-11-23', language });
    const once = fixAll(text, run);
    assert.equal(once.unconverged, undefined, name);
    const twice = fixAll(once.text, run);
    assert.equal(twice.fixed, 0, name);
    assert.equal(twice.text, once.text, name);
  }
});

test('fix all takes a grouped fix whole and counts the findings it stands for, in linear-ish time on a long paste', () => {
  const line = '今年以来,我局持续加强作风建设,推动各项工作落地见效。\n';
  const text = line.repeat(20000);
  const run = (t: string) => check(t, { referenceDate: '2026-11-23' });
  const started = Date.now();
  const { text: fixed, fixed: count } = fixAll(text, run);
  assert.equal(fixed, text.replace(/,/g, '，'));
  assert.equal(count, 40000);
  assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
});

test('fixAllEdits skips a fix overlapping one already taken, insertions at one point included', () => {
  const finding = (offset: number, edits: { offset: number; length: number; newText: string }[]) => ({
    rule: 'r',
    severity: 'warning' as const,
    message: '',
    offset,
    length: 1,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    text: '',
    fixes: [{ title: '', safe: true, edits }],
  });
  const { edits, fixes } = fixAllEdits([
    finding(0, [
      { offset: 5, length: 2, newText: 'a' },
      { offset: 1, length: 1, newText: 'b' },
    ]),
    finding(1, [{ offset: 6, length: 1, newText: 'c' }]), // inside 5+2
    finding(2, [{ offset: 1, length: 0, newText: 'd' }]), // same start as 1+1
    finding(3, [
      { offset: 2, length: 3, newText: 'e' },
      { offset: 9, length: 0, newText: 'f' },
    ]),
    finding(4, [{ offset: 8, length: 2, newText: 'g' }]), // covers the insertion at 9
  ]);
  assert.deepEqual(
    edits.map((e) => e.newText),
    ['b', 'e', 'a', 'f'],
  );
  assert.equal(fixes, 2);
});

test('fixAllEdits takes the same edits as a plain first-come scan when thousands of fixes interleave', () => {
  // A grouped fix with one edit every 10 characters, then single fixes that land between, on and across them:
  // enough of them that the taken edits are merged in several batches.
  type E = { offset: number; length: number; newText: string };
  const finding = (edits: E[]) => ({
    rule: 'r',
    severity: 'warning' as const,
    message: '',
    offset: edits[0].offset,
    length: 1,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    text: '',
    fixes: [{ title: '', safe: true, edits }],
  });
  const grouped = Array.from({ length: 3000 }, (_, i) => ({ offset: i * 10, length: 1, newText: '，' }));
  const singles = Array.from({ length: 3000 }, (_, i) => [
    { offset: i * 10 + (i % 3 === 0 ? 0 : 4), length: i % 5 === 0 ? 7 : 2, newText: String(i) },
  ]);
  const findings = [finding(grouped), ...singles.map(finding)];
  const overlaps = (a: E, b: E) => a.offset === b.offset || (a.offset < b.offset + b.length && b.offset < a.offset + a.length);
  const expected: E[] = [];
  for (const f of findings) {
    const { edits } = f.fixes[0];
    if (!edits.some((e) => expected.some((t) => overlaps(t, e)))) expected.push(...edits);
  }
  expected.sort((a, b) => a.offset - b.offset);
  const { edits, fixes } = fixAllEdits(findings);
  assert.deepEqual(edits, expected);
  assert.equal(fixes, 1 + singles.filter((s) => !grouped.some((g) => overlaps(g, s[0]))).length);
});
