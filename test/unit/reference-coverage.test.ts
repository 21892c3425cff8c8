import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../../engine';
import reference from '../fixtures/reference/outdated-forms.json';

// Every confirmed old form of the research notes (vendored from shared/reference/outdated.json)
// must be caught by some rule when it is written as current work in a 2026 report.

test('every confirmed reference 提法 is caught', () => {
  const entries = reference.entries;
  // Forms the research notes say depend on context are written in that context (中澳 may be 中国与澳大利亚).
  const inContext: Record<string, string> = {
    中港: '推动中港合作',
    中台: '促进中台交流',
    中澳: '加强中澳两地往来',
    '[2026]': '根据市政发[2026]3号文件',
  };
  const missed: string[] = [];
  for (const { old } of entries.filter((e) => e.confidence === 'confirmed')) {
    // The form as a sentence of its own; a date form as a signature line, where 成文日期 stands.
    const date = /\d{4}年\d{2}月|〇/.test(old);
    const text = date ? `一、情况\n正文。\n特此报告。\n\n某局\n${old}\n` : `当前，${inContext[old] ?? old}。`;
    const findings = check(text, { referenceDate: '2026-11-23' }).filter((f) => f.rule !== 'placeholder' && f.rule !== 'punctuation');
    if (
      !findings.some(
        (f) => old.includes(f.text) || f.text.includes(old.replace(/[“”]/g, '')) || (f.text && old.includes(f.text.replace(/[“”]/g, ''))),
      )
    )
      missed.push(old);
  }
  assert.deepEqual(missed, []);
});
