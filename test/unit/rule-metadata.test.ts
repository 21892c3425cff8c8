import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check } from '../../engine';
import { REVIEW_CATEGORIES } from '../../engine/review-categories';
import type { Rule, RuleExample } from '../../engine/rule';
import { rules } from '../../engine/rules';
import type { Finding } from '../../engine/types';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

const exampleText = (e: RuleExample) => (typeof e === 'string' ? e : e.text);
const exampleOptions = (e: RuleExample) => (typeof e === 'string' ? {} : e.options);

function findingsOf(rule: Rule, example: RuleExample, segmenter = segmenters[0]): Finding[] {
  return check(exampleText(example), { referenceDate: REFERENCE_DATE, segmenter, ...exampleOptions(example) }).filter(
    (f) => f.rule === rule.id,
  );
}

test('every rule has a unique id, a category of the closed list and examples of both kinds', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  const categories = new Set<string>(REVIEW_CATEGORIES.map((c) => c.id));
  for (const rule of rules) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(categories.has(rule.category), `${rule.id}: category ${rule.category}`);
    assert.ok(rule.description && rule.details, rule.id);
    assert.ok(rule.examples.valid.length && rule.examples.invalid.length, `${rule.id} needs valid and invalid examples`);
  }
});

test('each rule is quiet on its valid examples and reports its invalid ones, under both segmenters', () => {
  for (const segmenter of segmenters) {
    for (const rule of rules) {
      for (const example of rule.examples.valid) {
        assert.deepEqual(
          findingsOf(rule, example, segmenter).map((f) => f.message),
          [],
          `${rule.id} (${segmenter.name}) on valid ${JSON.stringify(exampleText(example))}`,
        );
      }
      for (const example of rule.examples.invalid) {
        assert.ok(
          findingsOf(rule, example, segmenter).length,
          `${rule.id} (${segmenter.name}) should report ${JSON.stringify(exampleText(example))}`,
        );
      }
    }
  }
});

/** Findings of every rule on its invalid examples and on the realistic reports of the fixtures. */
function allFindings(): Finding[] {
  const dir = path.join(__dirname, '../../../test/fixtures/reports');
  const reports = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({
      text: readFileSync(path.join(dir, f), 'utf8'),
      language: f.endsWith('.md') ? ('markdown' as const) : ('plaintext' as const),
    }));
  return [
    ...rules.flatMap((rule) => rule.examples.invalid.flatMap((e) => findingsOf(rule, e))),
    ...reports.flatMap(({ text, language }) => check(text, { referenceDate: REFERENCE_DATE, language })),
  ];
}

test('the fix class a rule declares is the kind of fixes its findings carry', () => {
  const findings = allFindings();
  for (const rule of rules) {
    const fixes = findings.filter((f) => f.rule === rule.id).flatMap((f) => f.fixes);
    const safe = fixes.filter((f) => f.safe).length;
    const judged = fixes.length - safe;
    const seen = safe && judged ? 'mixed' : safe ? 'safe' : judged ? 'judgement' : 'none';
    if (rule.fix === 'mixed') assert.notEqual(seen, 'none', `${rule.id} declares fixes but offered none`);
    else assert.equal(seen, rule.fix, `${rule.id} declares fix class ${rule.fix}`);
  }
});
