import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check } from '../../engine';

// Every confirmed entry of the research file (../shared/reference/outdated.json, read, not copied)
// must be caught by some rule when its old form is written as current work in a 2026 report.
const REFERENCE = path.resolve(__dirname, '../../../../shared/reference/outdated.json');
const available = fs.existsSync(REFERENCE);

test('every confirmed reference 提法 is caught', { skip: !available && 'shared/reference not present' }, () => {
  const entries = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as { old: string; confidence: string }[];
  // Forms the research notes say depend on context are written in that context (中澳 may be 中国与澳大利亚).
  const inContext: Record<string, string> = {
    中港: '推动中港合作', 中台: '促进中台交流', 中澳: '加强中澳两地往来', '[2026]': '根据市政发[2026]3号文件',
  };
  const missed: string[] = [];
  for (const { old } of entries.filter((e) => e.confidence === 'confirmed')) {
    // The form as a sentence of its own; a date form as a signature line, where 成文日期 stands.
    const date = /\d{4}年\d{2}月|〇/.test(old);
    const text = date ? `一、情况\n正文。\n特此报告。\n\n某局\n${old}\n` : `当前，${inContext[old] ?? old}。`;
    const findings = check(text, { referenceDate: '2026-11-23' }).filter((f) => f.rule !== 'placeholder' && f.rule !== 'punctuation');
    if (!findings.some((f) => old.includes(f.text) || f.text.includes(old.replace(/[“”]/g, '')) || (f.text && old.includes(f.text.replace(/[“”]/g, ''))))) missed.push(old);
  }
  assert.deepEqual(missed, []);
});
