import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig, settingsForFile } from '../../engine';
import { globProblem, matchesGlobs } from '../../engine/globs';

const guard = (what: string, run: () => void) => {
  const started = Date.now();
  run();
  assert.ok(Date.now() - started < 5000, `${what} took ${Date.now() - started} ms`);
};

test('flat {a,b} lists work as in minimatch; ** and * as usual', () => {
  const globs = ['drafts/**/*.{txt,md}', '*.bak'];
  assert.equal(matchesGlobs(globs, 'drafts/2026/a.md'), true);
  assert.equal(matchesGlobs(globs, 'drafts/a.txt'), true);
  assert.equal(matchesGlobs(globs, 'drafts/a.doc'), false);
  assert.equal(matchesGlobs(globs, 'deep/x/old.bak'), true, 'a glob without / matches the base name');
  assert.equal(matchesGlobs(['{a}.txt'], '{a}.txt'), true, 'braces without a comma are literal');
});

test('an extglob that would backtrack forever is read literally and answers at once', () => {
  const bomb = `${'+(a|a)'.repeat(12)}b`;
  assert.equal(globProblem(bomb), undefined);
  guard('extglob', () => assert.equal(matchesGlobs([bomb], `x/${'a'.repeat(60)}`), false));
});

test('brace expansions that explode, ranges and nesting are refused with a reason', () => {
  assert.equal(globProblem('{1..1000000}'), '不支持 {1..9} 形式的范围');
  assert.equal(globProblem('{a,b}'.repeat(20)), '{} 展开后超过 64 个通配符');
  assert.equal(globProblem('{a,{b,c}}'), '不支持嵌套或不成对的 {}');
  assert.equal(globProblem('x'.repeat(501)), '通配符过长（超过 500 个字符）');
});

test('a config with refused globs: each is one problem, the rest of the config works, matching is fast', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({
      ignoreFiles: ['archive/**', '{a,b}'.repeat(20), `${'+(a|a)'.repeat(12)}b`],
      ignore: [
        { text: '某某', files: ['{1..1000000}'] },
        { text: 'XX局', files: ['drafts/*.{txt,md}'] },
      ],
    }),
    '.gongwen.json',
  );
  assert.deepEqual(
    problems.map((p) => p.message),
    [
      'ignore[0]：通配符“{1..1000000}”不能使用：不支持 {1..9} 形式的范围。',
      `ignoreFiles[1]：通配符“${'{a,b}'.repeat(16)}”不能使用：{} 展开后超过 64 个通配符。`,
    ],
  );
  const loaded = { file: '/ws/.gongwen.json', config, problems };
  guard('10,000 lookups', () => {
    for (let i = 0; i < 10_000; i++) settingsForFile(loaded, `/ws/drafts/${'a'.repeat(40)}${i}.md`);
  });
  assert.equal(settingsForFile(loaded, '/ws/archive/old.txt').skip, true);
  assert.deepEqual(settingsForFile(loaded, '/ws/drafts/r.md').options.ignore, [{ rule: undefined, text: 'XX局' }]);
});
