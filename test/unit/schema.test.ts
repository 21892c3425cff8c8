import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../engine';
import { dataSchemas } from '../../engine/schema';

const ROOT = path.resolve(__dirname, '../../..');

test('every built-in data file is valid against its schema (the formats packs use too)', () => {
  const files = fs
    .readdirSync(path.join(ROOT, 'data'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  assert.deepEqual(files, Object.keys(dataSchemas).sort(), 'each data file has a schema');
  for (const file of files) {
    const result = dataSchemas[file].safeParse(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', file), 'utf8')));
    assert.ok(
      result.success,
      `${file}: ${result.error?.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
});

test('the data schemas reject what the engine would misread', () => {
  const outdated = dataSchemas['outdated-phrasing.json'];
  const entry = { id: 'x', old: ['甲'], new: '乙', since: '2020-01-01', reason: 'r', source: 's', category: 'institution' };
  assert.ok(outdated.safeParse({ description: '', entries: [entry] }).success);
  assert.ok(!outdated.safeParse({ description: '', entries: [{ ...entry, since: '2020-02-30' }] }).success, 'no 30 February');
  assert.ok(!outdated.safeParse({ description: '', entries: [{ ...entry, notInsde: ['甲乙'] }] }).success, 'a misspelt field');
  assert.ok(!outdated.safeParse({ description: '', entries: [{ ...entry, old: undefined }] }).success, 'neither old nor pattern');
});

const problems = (config: object | string, name = '.gongwen.json') =>
  parseConfig(typeof config === 'string' ? config : JSON.stringify(config, null, 2), name).problems;

test('a typo in reportType is reported on its line; a known name, id or a pack type is accepted', () => {
  assert.deepEqual(problems('{\n  "rules": {},\n  "reportType": "自查报吿"\n}'), [
    { line: 2, message: problems({ reportType: '自查报吿' })[0].message },
  ]);
  assert.match(problems({ reportType: '自查报吿' })[0].message, /^没有名为“自查报吿”的报告类型，可用：.*自查报告/);
  assert.equal(parseConfig('{"reportType": "自查报吿"}', '.gongwen.json').config.reportType, undefined);
  assert.deepEqual(problems({ reportType: '自查报告' }), []);
  assert.deepEqual(problems({ reportType: 'self-inspection' }), []);
  const pack = { reportTypes: [{ id: 'research', name: '调研报告', title: ['调研报告'], parts: [{ part: 'problems', required: true }] }] };
  assert.deepEqual(problems({ ...pack, reportType: '调研报告' }), []);
  assert.equal(parseConfig(JSON.stringify({ ...pack, reportType: '调研报告' }), '.gongwen.json').config.reportType, '调研报告');
});

test('a problem points at the line of the field at fault, in JSON and in YAML', () => {
  const json = [
    '{',
    '  "misusedWords": [',
    '    {',
    '      "id": "w", "wrong": "甲", "right": "乙", "reason": "r", "source": "s",',
    '      "anywhere": "yes"',
    '    }',
    '  ]',
    '}',
  ].join('\n');
  assert.deepEqual(problems(json), [{ line: 4, message: 'misusedWords[0]：“anywhere”应是true 或 false。' }]);
  const yaml = [
    'outdatedPhrasing:',
    '  - id: x',
    '    old: [甲]',
    '    new: 乙',
    '    since: 2020-01-01',
    '    reason: r',
    '    source: s',
    '    notInsde: [甲乙]',
  ].join('\n');
  assert.deepEqual(problems(yaml, '.gongwen.yaml'), [{ line: 1, message: 'outdatedPhrasing[0]：未知的字段“notInsde”（请检查拼写）。' }]);
});

test('missing fields and wrong kinds of value get a message naming the field; defaults are filled in', () => {
  assert.deepEqual(
    problems({ misusedWords: [{ id: 'w', wrong: '甲', reason: 'r', source: 's' }] }).map((p) => p.message),
    ['misusedWords[0]：缺少字段“right”。'],
  );
  assert.deepEqual(
    problems({ outdatedPhrasing: ['旧称'] }).map((p) => p.message),
    ['outdatedPhrasing[0]：应是对象。'],
  );
  assert.deepEqual(
    problems({ ignore: [{ text: 'XX局', rule: 'placeholders' }] }).map((p) => p.message),
    ['ignore[0]：ignore 中的规则“placeholders”不存在。'],
  );
  const { config } = parseConfig(
    JSON.stringify({
      misusedWords: [{ id: 'w', wrong: '甲', right: '乙', reason: 'r', source: 's' }],
      reportTypes: [{ id: 't', name: '调研报告', title: ['调研报告'], parts: [] }],
    }),
    '.gongwen.json',
  );
  assert.equal(config.pack.misusedWords![0].safe, false);
  assert.deepEqual(config.pack.reportTypes![0].frame, { addressee: false, leadIn: false, closing: false, date: false });
  assert.deepEqual(config.pack.reportTypes![0].closings, ['特此报告']);
});
