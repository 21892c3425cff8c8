import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../engine';

/** Parses and returns the problems, failing when parsing takes longer than a hang guard. */
function problemsOf(text: string, name: string): { line: number; message: string }[] {
  const started = Date.now();
  const { problems } = parseConfig(text, name);
  assert.ok(Date.now() - started < 5000, `${name} took ${Date.now() - started} ms`);
  return problems;
}

const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');

test('a four-line YAML alias bomb is one problem, not a crash', () => {
  assert.deepEqual(problemsOf(ALIAS_BOMB, '.gongwen.yaml'), [{ line: 0, message: 'YAML 别名（*）展开过多（上限 100 次），未读取。' }]);
});

test('a few aliases are still fine', () => {
  const yaml = 'ignoreFiles: &drafts ["drafts/**"]\nignore:\n  - text: XX局\n    files: *drafts\n';
  assert.deepEqual(problemsOf(yaml, '.gongwen.yaml'), []);
  assert.deepEqual(parseConfig(yaml, '.gongwen.yaml').config.ignore, [{ rule: undefined, text: 'XX局', files: ['drafts/**'] }]);
});

test('JSON nested 5,000 deep is one problem on the line where the nesting gets too deep', () => {
  const arrays = `{\n"ignore":\n${'['.repeat(5000)}${']'.repeat(5000)}}`;
  assert.deepEqual(problemsOf(arrays, '.gongwen.json'), [{ line: 2, message: '配置文件嵌套超过 32 层，未读取。' }]);
  const objects = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
  assert.deepEqual(
    problemsOf(objects, '.gongwen.json').map((p) => p.message),
    ['配置文件嵌套超过 32 层，未读取。'],
  );
});

test('brackets inside JSON strings and comments do not count as nesting', () => {
  const json = `{ // [[[[\n "ignore": [{ "text": "${'['.repeat(100)}" }] /* {{{{ */ }`;
  assert.deepEqual(problemsOf(json, '.gongwen.json'), []);
});

test('deep YAML (flow, block, sequences, nested aliases) is one problem', () => {
  for (const yaml of [
    '['.repeat(5000) + ']'.repeat(5000),
    Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    `${'- '.repeat(3000)}a`,
    'a: &a [[[[[[[[[[1]]]]]]]]]]\nb: &b [*a, [[[[[[[[[[*a]]]]]]]]]]]\nc: &c [*b, [[[[[[[[[[*b]]]]]]]]]]]\nd: [*c, [[[[[[[[[[*c]]]]]]]]]]]\n',
  ]) {
    const problems = problemsOf(yaml, '.gongwen.yaml');
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0].message, /嵌套超过 32 层/);
  }
});

test('a config over 1 MB is refused before parsing', () => {
  const huge = `{"ignore": [${'{"text": "某某某某某某"},'.repeat(60000)}]}`;
  assert.deepEqual(problemsOf(huge, '.gongwen.json'), [{ line: 0, message: '配置文件过大（上限 1024 KB），未读取。' }]);
});

test('a config with thousands of bad entries lists at most 100 problems, quickly', () => {
  const bad = `{"ignore": [\n${Array.from({ length: 20000 }, () => '{"text": 1}').join(',\n')}\n]}`;
  const problems = problemsOf(bad, '.gongwen.json');
  assert.equal(problems.length, 101);
  assert.deepEqual(problems[0], { line: 1, message: 'ignore[0]：每条 ignore 需要非空的“text”（要接受的词句）。' });
  assert.equal(problems[100].message, '问题超过 100 处，其余不再列出。');
});
