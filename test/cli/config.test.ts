import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { gongwen as runIn } from '../helpers/cli-runner';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-config-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const gongwen = (cwd: string, ...args: string[]) => runIn(cwd, args);
const rules = (stdout: string) => JSON.parse(stdout).map((f: { rule: string; text: string }) => `${f.rule}:${f.text}`);
const REPORT = '经XXXX研究，执行各项规定规定，落实“十四五”开好局要求，做好扶贫办工作。\n';

test('.gongwen.json turns rules off, ignores phrases (per file glob) and skips files', () => {
  const dir = workspace({
    '.gongwen.json': JSON.stringify({
      rules: { 'duplicate-word': 'off' },
      ignore: [
        { rule: 'placeholder', text: 'XXXX研究' },
        { text: '扶贫办', files: ['drafts/**'] },
      ],
      ignoreFiles: ['archive/**'],
    }),
    'drafts/a.txt': REPORT,
    'final/b.txt': REPORT,
    'archive/old.txt': REPORT,
  });
  const { code, stdout } = gongwen(dir, 'check', '.', '--format', 'json', '--reference-date', '2026-11-23');
  assert.equal(code, 0);
  const byFile = JSON.parse(stdout).reduce(
    (m: Record<string, string[]>, f: { file: string; rule: string; text: string }) => ({
      ...m,
      [f.file]: [...(m[f.file] ?? []), `${f.rule}:${f.text}`],
    }),
    {},
  );
  assert.deepEqual(byFile, {
    [path.join('drafts', 'a.txt')]: ['outdated-phrasing:“十四五”开好局'],
    [path.join('final', 'b.txt')]: ['outdated-phrasing:“十四五”开好局', 'outdated-phrasing:扶贫办'],
  });
});

test('YAML configs work the same, and a user pack adds 提法 and confusables with examples', () => {
  const dir = workspace({
    '.gongwen.yaml': [
      'outdatedPhrasing:',
      '  - id: old-bureau-name',
      '    old: [市城管局]',
      '    new: 市城市管理和综合执法局',
      '    since: "2024-01-01"',
      '    reason: 2024年机构改革后更名。',
      '    source: 本市机构改革方案',
      '    examples: { bad: [配合市城管局开展整治], good: [配合市城市管理和综合执法局开展整治] }',
      'misusedWords:',
      '  - id: local-typo',
      '    wrong: 综和',
      '    right: 综合',
      '    safe: true',
      '    reason: 错别字。',
      '    source: 本单位校对规范',
      '    examples: { bad: [综和治理], good: [综合治理] }',
    ].join('\n'),
    'r.txt': '配合市城管局开展综和治理。\n',
  });
  const { stdout } = gongwen(dir, 'check', 'r.txt', '--format', 'json', '--reference-date', '2026-11-23');
  assert.deepEqual(rules(stdout), ['outdated-phrasing:市城管局', 'misused-word:综和']);
  const tested = gongwen(dir, 'test-rules', '--config', '.gongwen.yaml');
  assert.equal(tested.code, 0, tested.stdout + tested.stderr);
  assert.match(tested.stdout, /\.gongwen\.yaml：4 passed, 0 failed/);
});

test('an invalid pack entry is reported with its line; valid entries and built-in rules keep working', () => {
  const config = [
    '{',
    '  "rules": { "placeholder": "loud" },',
    '  "outdatedPhrasing": [',
    '    { "id": "bad", "old": ["甲"], "new": "乙", "since": "2026-13-01", "reason": "r", "source": "s" },',
    '    { "id": "good", "old": ["旧称"], "new": "新称", "since": "2020-01-01", "reason": "已更名。", "source": "s" }',
    '  ]',
    '}',
  ].join('\n');
  const dir = workspace({ '.gongwen.json': config, 'r.txt': '旧称和XXXX都在，执行各项规定规定。\n' });
  const { code, stdout, stderr } = gongwen(dir, 'check', 'r.txt', '--format', 'json', '--reference-date', '2026-11-23');
  assert.equal(code, 2);
  assert.match(stderr, /\.gongwen\.json:2：规则“placeholder”的级别应为/);
  assert.match(stderr, /\.gongwen\.json:4：outdatedPhrasing\[0\]：“since”应是 YYYY-MM-DD 日期。/);
  assert.deepEqual(rules(stdout), ['outdated-phrasing:旧称', 'placeholder:XXXX', 'duplicate-word:规定规定']);
});

test('a JSON syntax error is one clear message with its line', () => {
  const dir = workspace({ '.gongwen.json': '{\n  "rules": {\n    "placeholder": "off",,\n  }\n}\n', 'r.txt': 'XXXX\n' });
  const { code, stderr } = gongwen(dir, 'check', 'r.txt');
  assert.equal(code, 2);
  assert.match(stderr, /\.gongwen\.json:3：JSON 格式错误/);
});

test('test-rules fails on an example that does not hold', () => {
  const dir = workspace({
    'pack.json': JSON.stringify({
      misusedWords: [
        {
          id: 'x',
          wrong: '帐户',
          right: '账户',
          safe: true,
          reason: 'r',
          source: 's',
          examples: { bad: ['开立账户'], good: ['开立帐户'] },
        },
      ],
    }),
  });
  const { code, stdout } = gongwen(dir, 'test-rules', '--config', 'pack.json');
  assert.equal(code, 1);
  assert.match(stdout, /✗ misused-words x：“开立账户” “帐户”检出 0 次/);
  assert.match(stdout, /✗ misused-words x：“开立帐户” 误报“帐户”/);
  assert.match(stdout, /0 passed, 2 failed/);
});

test('test-rules over the built-in data passes', () => {
  const { code, stdout } = gongwen(os.tmpdir(), 'test-rules');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /内置数据：\d+ passed, 0 failed/);
});
