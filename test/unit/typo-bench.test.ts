import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runTypoBench } from '../helpers/typo-bench';

// Floors under the figures in docs/benchmark.md (typo section): a change that loses typos or raises false alarms fails.
const bench = runTypoBench();
const set = (name: string) => bench.sets.find((s) => s.name === name)!;

test('typo benchmark: injected typos — recall ≥ 65 % at precision ≥ 95 %', () => {
  const { total } = set('injected');
  assert.ok(total.recall >= 0.65, `recall ${total.recall}`);
  assert.ok(total.precision >= 0.95, `precision ${total.precision}`);
});

test('typo benchmark: each kind of injected typo is found at its floor', () => {
  const floors: Record<string, number> = { homophone: 0.1, shape: 0.8, idiom: 0.75, dropped: 0.75, 'de-di-de': 0.85 };
  for (const k of set('injected').kinds) assert.ok(k.recall >= floors[k.kind], `${k.kind}: recall ${k.recall}`);
});

test('typo benchmark: real typos — recall ≥ 60 % at precision ≥ 90 %', () => {
  const { total } = set('real');
  assert.ok(total.cases >= 15);
  assert.ok(total.recall >= 0.6, `recall ${total.recall}`);
  assert.ok(total.precision >= 0.9, `precision ${total.precision}`);
});

test('typo benchmark: no warning and at most 0.5 findings per 10,000 characters of clean text', () => {
  assert.equal(bench.clean.warnings, 0, bench.clean.examples.join('\n'));
  assert.ok(bench.clean.per10kAll <= 0.5, bench.clean.examples.join('\n'));
});
