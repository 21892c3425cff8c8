import assert from 'node:assert/strict';
import { test } from 'node:test';
import misused from '../../data/misused-words.json';
import { check, fixAll, parseConfig } from '../../engine';
import { formKey, packFixSafety } from '../../engine/safe-fix';

const safe = (wrong: string, right: string, anywhere?: boolean) => packFixSafety(wrong, right, anywhere).safe;

test('a pack may declare safe only form changes of the same characters', () => {
  assert.equal(safe('(一)', '（一）'), true, 'half-width → full-width brackets');
  assert.equal(safe('２０２６年', '2026年'), true, 'full-width digits');
  assert.equal(safe('[2026]', '〔2026〕'), true, 'doc number brackets');
  assert.equal(safe('【2026】', '〔2026〕'), true);
  assert.equal(safe('工作报告.', '工作报告。'), true);
  assert.equal(safe('"十五五"', '“十五五”'), true, 'straight → curly quotes');
  assert.equal(safe('\uF900', '\u8C48'), true, 'a compatibility ideograph → its unified form');
});

test('anything that adds, drops or swaps a character is not form-only', () => {
  assert.equal(safe('不存在', '存在'), false);
  assert.equal(safe('综和', '综合'), false, 'a plausible typo fix is still a different character');
  assert.equal(safe('已经', '己经'), false);
  assert.equal(safe('工作、', '工作，'), false, '、 and ， are different marks');
  assert.equal(safe('x²', 'x2'), false, 'NFKC would fold this; meaning changes');
  assert.equal(safe('①', '1'), false);
  assert.equal(safe('同意', '同意'), false, 'no change at all is not a fix');
});

test('a bare mark has no context and is not safe even when form-only', () => {
  const result = packFixSafety(',', '，');
  assert.deepEqual(result, { safe: false, reason: '只含标点，没有上下文，可能误改数字、网址中的符号' });
});

test('an exact reviewed built-in pair stays safe, unless the pack widens it with anywhere', () => {
  const pair = misused.entries.find((e) => e.safe && !('anywhere' in e && e.anywhere))!;
  assert.equal(safe(pair.wrong, pair.right), true);
  assert.equal(safe(pair.wrong, pair.right, true), false);
  const unsafeBuiltin = misused.entries.find((e) => !e.safe)!;
  assert.equal(safe(unsafeBuiltin.wrong, unsafeBuiltin.right), formKey(unsafeBuiltin.wrong) === formKey(unsafeBuiltin.right));
});

const pack = (entries: object[]) => parseConfig(JSON.stringify({ misusedWords: entries }), '.gongwen.json');
const word = (wrong: string, right: string, extra: object = {}) => ({
  id: `${wrong}-${right}`,
  wrong,
  right,
  safe: true,
  reason: 'r',
  source: 's',
  anywhere: true,
  ...extra,
});

test('a pack entry claiming an unsafe fix is safe is kept as a judgement fix, with a warning on the config', () => {
  const { config, problems } = pack([word('不存在', '存在'), word('(一)', '（一）')]);
  assert.deepEqual(problems, [
    {
      line: 0,
      severity: 'warning',
      message:
        'misusedWords[0]：“不存在”→“存在”不能标为安全修复（不是内置的已审校修复，也不只是标点或字形（全角/半角）的变化），已按需确认的修复处理：不会被 --fix 或“全部修复”自动应用。',
    },
  ]);
  assert.deepEqual(
    config.pack.misusedWords?.map((e) => e.safe),
    [false, true],
  );
  const text = '目前不存在问题。\n(一)工作情况\n';
  const options = { pack: config.pack, referenceDate: '2026-11-23' };
  const findings = check(text, options).filter((f) => f.rule === 'misused-word');
  assert.deepEqual(
    findings.map((f) => [f.text, f.fixes[0].safe]),
    [
      ['不存在', false],
      ['(一)', true],
    ],
  );
  assert.equal(fixAll(text, (t) => check(t, options)).text.includes('目前不存在问题'), true, 'fix-all leaves the unsafe rewrite alone');
});

test('a pack given to the engine without parseConfig cannot smuggle a safe claim either', () => {
  const options = { pack: { misusedWords: [{ ...word('不存在', '存在'), safe: true }] }, referenceDate: '2026-11-23' };
  assert.equal(fixAll('目前不存在问题。\n', (t) => check(t, options)).text, '目前不存在问题。\n');
});
