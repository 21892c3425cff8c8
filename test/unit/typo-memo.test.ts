import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, type CheckOptions } from '../../engine';

// The typo rule keeps the judged candidates of each run of Han characters it has searched (find.ts RunMemo):
// a warm memo must give exactly what a fresh one gives, and positions (workspace words) stay out of it.
const typos = (text: string, options: CheckOptions) =>
  check(text, { referenceDate: '2026-11-23', ...options })
    .filter((f) => f.rule === 'typo')
    .map((f) => `${f.offset} ${f.text}→${f.fixes[0]?.edits[0]?.newText}`);

test('a warm memo finds what a fresh one finds, at the new offsets', () => {
  const sentence = '我局己经完成整改任务，要不折不叩抓落实，主体责认要压实。';
  const warm: CheckOptions = { pack: {} }; // a pack of its own: its own rule data, so its own memo
  const first = typos(sentence, warm);
  assert.equal(first.length, 3, first.join('\n'));
  for (const text of [`前言。\n${sentence}`, `${sentence}\n${sentence}`, sentence.replace('整改', '整政')]) {
    assert.deepEqual(typos(text, warm), typos(text, { pack: {} }), text);
  }
});

test('a workspace word that reaches outside a run protects only where it occurs', () => {
  const options: CheckOptions = { pack: { words: ['A己经'] } };
  assert.deepEqual(typos('，己经完成整改任务。', options), ['1 己经→已经']);
  assert.deepEqual(typos('A己经完成整改任务。', options), []); // the same run, now inside the workspace word
  assert.deepEqual(typos('，己经完成整改任务。', options), ['1 己经→已经']);
});
