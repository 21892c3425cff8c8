import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../../engine';
import type { Rule } from '../../engine/rule';
import { rules } from '../../engine/rules';

const TEXT = '组织干部执行各项规定规定，XX局认真开展自查。';

/** Runs `body` with `rule` added to the engine's rule list (the same module instance check() reads). */
function withRule<T>(rule: Rule, body: () => T): T {
  const list = rules as Rule[];
  list.unshift(rule);
  try {
    return body();
  } finally {
    list.splice(list.indexOf(rule), 1);
  }
}

const throwing = (id: string, check: Rule['check']): Rule => ({
  id,
  description: '测试用',
  defaultSeverity: 'warning',
  fix: 'none',
  category: 'wording',
  details: '',
  examples: { valid: [], invalid: [] },
  check,
});

test('a rule that throws leaves one error naming itself; the other rules report as usual', () => {
  const clean = check(TEXT, { referenceDate: '2026-11-23' });
  assert.ok(clean.some((f) => f.rule === 'duplicate-word') && clean.some((f) => f.rule === 'placeholder'));
  const findings = withRule(
    throwing('boom', () => {
      throw new TypeError('读不到属性');
    }),
    () => check(TEXT, { referenceDate: '2026-11-23' }),
  );
  const failures = findings.filter((f) => f.rule === 'boom');
  assert.equal(failures.length, 1);
  assert.equal(failures[0].severity, 'error');
  assert.match(failures[0].message, /^规则 boom 出错：读不到属性/);
  assert.deepEqual(
    findings.filter((f) => f.rule !== 'boom'),
    clean,
  );
});

test('a generator rule that throws midway: its partial reports are dropped, severity settings do not hide the error', () => {
  const rule = throwing('half', function* () {
    yield { offset: 0, length: 2, message: '半截' };
    throw new Error('中途失败');
  });
  const findings = withRule(rule, () => check(TEXT, { referenceDate: '2026-11-23', rules: { half: 'hint' } }));
  const half = findings.filter((f) => f.rule === 'half');
  assert.deepEqual(
    half.map((f) => f.severity),
    ['error'],
  );
  assert.match(half[0].message, /^规则 half 出错：中途失败（/);
  assert.ok(findings.some((f) => f.rule === 'duplicate-word'));
});

test('a throwing rule switched off is not run at all', () => {
  const findings = withRule(
    throwing('boom', () => {
      throw new Error('x');
    }),
    () => check(TEXT, { referenceDate: '2026-11-23', rules: { boom: 'off' } }),
  );
  assert.ok(!findings.some((f) => f.rule === 'boom'));
});
