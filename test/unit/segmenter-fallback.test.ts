import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const engine = path.resolve(__dirname, '../../engine');
const breakJieba = path.resolve(__dirname, '../helpers/break-nodejieba.js');

/** Runs two checks in a fresh process with nodejieba broken as `broken` says; returns the segmenter, findings and notices. */
function run(broken: 'native' | 'package', segmenter = '') {
  const script = `
    const { check, sharedSegmenter } = require(${JSON.stringify(engine)});
    const a = check('执行各项规定规定', { referenceDate: '2026-11-23' });
    const b = check('教育育', { referenceDate: '2026-11-23' });
    console.log(JSON.stringify({ name: sharedSegmenter().name, found: [...a, ...b].map((f) => f.text) }));`;
  const child = spawnSync(process.execPath, ['-r', breakJieba, '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_BREAK: broken, GONGWEN_SEGMENTER: segmenter },
  });
  assert.equal(child.status, 0, child.stderr);
  return { ...(JSON.parse(child.stdout) as { name: string; found: string[] }), notices: child.stderr.split('\n').filter(Boolean) };
}

test('the default segmenter needs nodejieba’s dictionary files, not its native module', () => {
  const { name, found, notices } = run('native');
  assert.equal(name, 'jieba');
  assert.deepEqual(found, ['规定规定', '育育']);
  assert.deepEqual(notices, []);
});

test('without nodejieba’s dictionary the engine falls back to ICU and says so once', () => {
  const { name, found, notices } = run('package');
  assert.equal(name, 'icu');
  assert.deepEqual(found, ['规定规定', '育育']);
  assert.equal(notices.length, 1, notices.join('\n'));
  assert.match(notices[0], /^gongwen: 分词词典无法载入，改用内置 ICU 分词（精度略低）。原因：/);
});

test('GONGWEN_SEGMENTER=nodejieba without a loadable native module falls back to ICU and says so once', () => {
  const { name, found, notices } = run('native', 'nodejieba');
  assert.equal(name, 'icu');
  assert.deepEqual(found, ['规定规定', '育育']);
  assert.equal(notices.length, 1, notices.join('\n'));
  assert.match(notices[0], /^gongwen: nodejieba 无法加载，改用内置 ICU 分词（精度略低）。原因：/);
});

test('the installed nodejieba loads when asked for', () => {
  const child = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(engine)}).sharedSegmenter().name)`], {
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_SEGMENTER: 'nodejieba' },
  });
  assert.equal(child.stdout.trim(), 'nodejieba', child.stderr);
  assert.equal(child.stderr, '');
});
