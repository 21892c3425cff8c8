import assert from 'node:assert/strict';
// Random and huge inputs, many rounds each: seconds of engine time, so in the e2e tier with the other load tests.
import { test } from 'node:test';
import { applyEdits, check, fixAll, fixAllEdits, LineIndex } from '../../engine';
import type { Finding } from '../../engine/types';
import { random } from '../helpers/random';

const PIECES = [
  '一、',
  '（一）',
  '(一)',
  '1.',
  '1、',
  '（1）',
  '一是',
  '二是',
  '第一，',
  '特此报告。',
  '现将有关情况报告如下：',
  '市委：',
  '规定规定',
  '教育育',
  '层层',
  'XXXX',
  'xx',
  '×××',
  '*',
  '某某',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '"',
  ',',
  ';',
  ':',
  '!',
  '?',
  '党的十九大和十九届历次全会精神',
  '弛而不息',
  '截止目前',
  '2026年11月23日',
  '2026-13-45',
  '二〇二六年',
  ' ',
  '  ',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\uD842\uDFB7',
  '\uD842',
  '\uDFB7',
  'e\u0301',
  '\u0300',
  '\uFEFF',
  '\u200B',
  '#',
  '## ',
  '```',
  '<!--',
  '-->',
  '<!-- gongwen-disable -->',
  '<!-- gongwen-enable -->',
  '| a | b |',
  '[链接](http://x.y)',
  '**',
  'abc',
  '123',
  '1,000',
  '😀',
  '\u0000',
];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) {
    const r = next();
    text +=
      r < 0.7
        ? PIECES[Math.floor(next() * PIECES.length)]
        : r < 0.9
          ? String.fromCharCode(0x4e00 + Math.floor(next() * 0x5000))
          : String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return text;
}

function assertWithin(text: string, findings: Finding[], note: string): void {
  const lines = new LineIndex(text);
  for (const f of findings) {
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `${note}: ${f.rule} offset out of range`);
    assert.deepEqual(f.range, lines.rangeOf(f.offset, f.length), `${note}: ${f.rule} range`);
    assert.equal(f.text, text.slice(f.offset, f.offset + f.length), `${note}: ${f.rule} text`);
    for (const fix of f.fixes)
      for (const e of fix.edits) {
        assert.ok(e.offset >= 0 && e.offset + e.length <= text.length, `${note}: ${f.rule} edit out of range`);
      }
  }
}

test('fuzz: random Unicode, surrogates, combining marks, CR/LF mixes never crash and every range is inside the text', () => {
  for (let seed = 1; seed <= 1500; seed++) {
    const next = random(seed);
    const text = randomText(next, Math.floor(next() * 300));
    for (const language of ['plaintext', 'markdown'] as const) {
      const findings = check(text, { language, referenceDate: '2026-11-23' });
      assertWithin(text, findings, `seed ${seed} ${language}`);
    }
  }
});

test('fuzz: a single huge line and a text of line breaks only', () => {
  const huge = randomText(random(7), 30_000).replace(/[\r\n]/g, '');
  assertWithin(huge, check(huge, { referenceDate: '2026-11-23' }), 'huge line');
  const breaks = '\r\n\n\r'.repeat(5000);
  assert.deepEqual(check(breaks, { referenceDate: '2026-11-23' }), []);
});

test('property: safe fixes change only their own spans, and a second check finds none of them again', () => {
  for (let seed = 1; seed <= 600; seed++) {
    const text = randomText(random(seed), 120);
    const run = (t: string) => check(t, { referenceDate: '2026-11-23' });
    const { edits } = fixAllEdits(run(text));
    const { text: fixed, applied } = applyEdits(text, edits);
    assert.equal(applied.length, edits.length, `seed ${seed}: the chosen edits never overlap`);
    // Outside the edits, the fixed text is the original text, piece by piece.
    let at = 0;
    let out = 0;
    for (const e of applied) {
      const keep = text.slice(at, e.offset);
      assert.equal(fixed.slice(out, out + keep.length), keep, `seed ${seed}: text outside the fixes changed`);
      out += keep.length + e.newText.length;
      at = e.offset + e.length;
    }
    assert.equal(fixed.slice(out), text.slice(at), `seed ${seed}: tail changed`);
    const final = fixAll(text, run).text;
    const again = run(final).filter((f) => f.fixes.some((x) => x.safe));
    assert.deepEqual(
      again.map((f) => `${f.rule}:${f.text}`),
      [],
      `seed ${seed}: safe findings left after fix all`,
    );
  }
});
