import assert from 'node:assert/strict';
import { test } from 'node:test';
import formulations from '../../data/formulations.json';
import misused from '../../data/misused-words.json';
import outdated from '../../data/outdated-phrasing.json';
import placeholders from '../../data/placeholders.json';
import reduplication from '../../data/reduplication.json';
import terms from '../../data/terms.json';
import { checkExamples, ExampleResult } from '../../engine';
import { isIsoDate } from '../../engine/dates';
import { segmenters } from '../helpers/engine';

// Every entry of every data file carries a source, a date and examples, and its examples hold
// (the same check `gongwen test-rules` runs).

test('outdated-phrasing entries are well-formed and unique', () => {
  const ids = new Set<string>();
  for (const e of outdated.entries as {
    id: string;
    since: string;
    old?: string[];
    pattern?: string;
    source: string;
    reason: string;
    category: string;
    confidence: string;
    examples: { bad: string[]; good: string[] };
  }[]) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(isIsoDate(e.since), `${e.id}: since`);
    assert.ok(e.source && e.reason && e.category && e.confidence, `${e.id}: source/reason/category/confidence`);
    assert.ok(e.old?.length || e.pattern, `${e.id}: old or pattern`);
    assert.ok(e.examples.bad.length && e.examples.good.length, `${e.id}: examples`);
  }
});

test('misused-word entries are well-formed and unique', () => {
  const ids = new Set<string>();
  for (const e of misused.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.wrong && e.right && e.wrong !== e.right, e.id);
    assert.ok(e.reason && e.source && e.confidence && isIsoDate(e.added), `${e.id}: reason/source/confidence/added`);
    assert.ok(e.examples.bad.length && e.examples.good.length, `${e.id}: examples`);
  }
});

test('placeholders, terms and reduplication entries carry a source and a date', () => {
  for (const e of placeholders.entries) assert.ok(e.source && isIsoDate(e.added), e.id);
  for (const e of formulations.entries) assert.ok(e.source && isIsoDate(e.since) && e.confidence, e.id);
  for (const e of terms.entries) assert.ok(e.source && isIsoDate(e.since), e.word);
  for (const e of [
    ...reduplication.abab,
    ...reduplication.abb,
    ...reduplication.prefixes,
    ...reduplication.particles,
    ...reduplication.functionWords,
  ]) {
    assert.ok(e.source && isIsoDate(e.added));
  }
  for (const e of [...reduplication.abab, ...reduplication.abb, ...reduplication.prefixes, ...reduplication.functionWords])
    assert.ok(e.confidence && e.note, e.id);
});

const [jieba, icu] = segmenters;
const byEntry = new Map<string, ExampleResult[]>();
for (const r of checkExamples(undefined, jieba)) {
  const key = `${r.list} ${r.id}`;
  byEntry.set(key, [...(byEntry.get(key) ?? []), r]);
}
for (const [key, results] of byEntry) {
  test(`${key}: examples`, () => {
    assert.ok(results.length > 0);
    assert.deepEqual(
      results.filter((r) => r.problem).map((r) => `“${r.example}”：${r.problem}`),
      [],
    );
  });
}

test('with the ICU fallback, term, reduplication and placeholder examples hold too', () => {
  const lists = new Set(['terms', 'reduplication', 'placeholders']);
  const failing = checkExamples(undefined, icu).filter((r) => lists.has(r.list) && r.problem);
  assert.deepEqual(
    failing.map((r) => `${r.list} ${r.id} “${r.example}”：${r.problem}`),
    [],
  );
});
