import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const engine = path.resolve(__dirname, '../../engine');
const breakJieba = path.resolve(__dirname, '../helpers/break-nodejieba.js');

test('without a loadable nodejieba the engine falls back to ICU and says so once', () => {
  const script = `
    const { check } = require(${JSON.stringify(engine)});
    const a = check('执行各项规定规定', { referenceDate: '2026-11-23' });
    const b = check('教育育', { referenceDate: '2026-11-23' });
    console.log(JSON.stringify([...a, ...b].map((f) => f.text)));`;
  const run = spawnSync(process.execPath, ['-r', breakJieba, '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), ['规定规定', '育育']);
  const notices = run.stderr.split('\n').filter((line) => line.includes('nodejieba 无法加载'));
  assert.equal(notices.length, 1, run.stderr);
});

test('nodejieba loads from the installed package when it is there', () => {
  const run = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(engine)}).sharedSegmenter().name)`], {
    encoding: 'utf8',
  });
  assert.equal(run.stdout.trim(), 'nodejieba', run.stderr);
  assert.equal(run.stderr, '');
});
