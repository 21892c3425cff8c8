import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, parseConfig } from '../../engine';

const entry = (id: string, pattern: string, extra: Record<string, unknown> = {}) => ({
  id,
  pattern,
  new: '新提法',
  since: '2020-01-01',
  reason: '已调整。',
  source: '本单位',
  ...extra,
});

test('a ReDoS pattern from a pack runs on RE2: a long input is checked in linear time', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({ outdatedPhrasing: [entry('redos', '(a+)+$'), entry('nested', '(x+x+)+y')] }),
    '.gongwen.json',
  );
  assert.deepEqual(problems, []);
  const text = `经XXXX研究。${'a'.repeat(100_000)}!\n${'x'.repeat(100_000)}\n`;
  const started = Date.now();
  const rules = check(text, { pack: config.pack, referenceDate: '2026-11-23' }).map((f) => f.rule);
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  assert.ok(rules.includes('placeholder'));
  assert.ok(!rules.includes('outdated-phrasing'));
});

test('a pattern RE2 cannot run is one problem; the entry is dropped, other entries and built-in rules work', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({
      outdatedPhrasing: [entry('lookahead', '旧称(?!单位)'), entry('fine', '市(旧|老)局', { new: '市新局' })],
      misusedWords: [{ id: 'backref', wrong: '甲甲', right: '甲', reason: 'r', source: 's', followedBy: '(乙)\\1' }],
    }),
    '.gongwen.json',
  );
  assert.deepEqual(
    problems.map((p) => p.message.replace(/：[^：]*$/, '')),
    [
      'outdatedPhrasing[0]：“pattern”不能用于规则包（规则包的正则表达式按 RE2 语法逐字执行，不支持反向引用和前后断言）',
      'misusedWords[0]：“followedBy”不能用于规则包（规则包的正则表达式按 RE2 语法逐字执行，不支持反向引用和前后断言）',
    ],
  );
  assert.deepEqual(
    config.pack.outdatedPhrasing?.map((e) => e.id),
    ['fine'],
  );
  assert.equal(config.pack.misusedWords, undefined);
  const findings = check('去市旧局办事，经XXXX研究。\n', { pack: config.pack, referenceDate: '2026-11-23' });
  assert.deepEqual(
    findings.map((f) => `${f.rule}:${f.text}:${f.fixes[0]?.edits[0].newText ?? ''}`),
    ['outdated-phrasing:市旧局:市新局', 'placeholder:XXXX:'],
  );
});

test('a pack pattern fills its groups into the fix on RE2', () => {
  const { config } = parseConfig(
    JSON.stringify({ outdatedPhrasing: [entry('doc-no', '本单位发\\[(\\d{4})\\]', { new: '本单位发〔$1〕' })] }),
    '.gongwen.json',
  );
  const [finding] = check('依据本单位发[2025]3号文件。\n', { pack: config.pack, referenceDate: '2026-11-23' }).filter(
    (f) => f.rule === 'outdated-phrasing',
  );
  assert.equal(finding.fixes[0].edits[0].newText, '本单位发〔2025〕');
});

test('the patterns of one config share a complexity budget', () => {
  const heavy = '[^。]{1,100}落实'; // ~200 RE2 instructions each
  const { config, problems } = parseConfig(
    JSON.stringify({ outdatedPhrasing: Array.from({ length: 8 }, (_, i) => entry(`h${i}`, heavy)) }),
    '.gongwen.json',
  );
  assert.ok(
    config.pack.outdatedPhrasing!.length >= 4 && config.pack.outdatedPhrasing!.length < 8,
    `${config.pack.outdatedPhrasing!.length} kept`,
  );
  assert.equal(problems.length, 8 - config.pack.outdatedPhrasing!.length);
  assert.match(problems[0].message, /“pattern”未加载：本配置的正则表达式合计超过 1000 条 RE2 指令/);
});
