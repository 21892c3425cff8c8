import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check } from '../../engine';
import { FORMULATIONS } from '../../engine/formulations/data';

const FILE = path.resolve(__dirname, '../../../snippets/gongwen.code-snippets');
const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

/** The text VS Code inserts on 2026-01-05 (a date with leading zeros), with every placeholder's default. */
function expand(body: string[]): string {
  const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '01', CURRENT_DATE: '05' };
  return body
    .join('\n')
    .replace(/\$\{(CURRENT_\w+)\/\^0\/\/\}/g, (_, name) => variables[name].replace(/^0/, ''))
    .replace(/\$\{(CURRENT_\w+)\}/g, (_, name) => variables[name])
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const FRAME = ['missing-section', 'section-order', 'addressee', 'lead-in', 'closing', 'date-format', 'stale-year'];

test('every snippet has a pinyin-initials prefix and a gw- prefix, and a description', () => {
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(
      s.prefix.some((p) => /^[a-z]{3,}$/.test(p)),
      `${name}: pinyin initials`,
    );
    assert.ok(
      s.prefix.some((p) => p.startsWith('gw-')),
      `${name}: gw- prefix`,
    );
    assert.ok(s.description, name);
  }
});

test('the dates come without leading zeros (2026年1月5日)', () => {
  assert.equal(expand(snippets['成文日期'].body), '2026年1月5日');
});

for (const [name, s] of Object.entries(snippets)) {
  test(`snippet ${name} passes Gongwen's own checks`, () => {
    const text = expand(s.body);
    // Paragraph snippets are fragments: only the report skeletons are checked as whole reports.
    const whole = s.body.length > 3;
    const findings = check(text, {
      referenceDate: '2026-01-05',
      rules: whole ? {} : Object.fromEntries(FRAME.map((r) => [r, 'off' as const])),
    });
    assert.deepEqual(
      findings.map((f) => `${f.rule}: ${f.message}`),
      [],
      text,
    );
  });
}

test("the formulations the snippets write are the data's canonical forms, never a known wrong form", () => {
  const bodies = Object.values(snippets)
    .map((s) => expand(s.body))
    .join('\n');
  const named = FORMULATIONS.filter((e) => bodies.includes(e.text));
  assert.deepEqual(
    named.map((e) => e.id),
    ['zhongyang-baxiang-guiding', 'baxiang-shishi-xize'],
  );
  for (const e of FORMULATIONS) {
    for (const error of e.errors ?? []) assert.ok(!bodies.includes(error.wrong), `${e.id}: ${error.wrong}`);
  }
});
