import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const engine = path.resolve(__dirname, '../../engine');
const posix = process.platform !== 'win32';
const uid = process.getuid?.();

/**
 * Runs the engine in a fresh process whose cache and temp folders are under `root` (XDG_CACHE_HOME,
 * TMPDIR), after `attack` prepared them; returns the segmenter used, the findings and stderr.
 */
function runWith(root: string, attack: (cache: string, tmp: string) => void) {
  const cache = path.join(root, 'cache');
  const tmp = path.join(root, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  attack(cache, tmp);
  const script = `
    const { check, sharedSegmenter } = require(${JSON.stringify(engine)});
    const name = sharedSegmenter().name;
    console.log(JSON.stringify({ name, found: check('执行各项规定规定，落实四风要求', { referenceDate: '2026-11-23' }).map((f) => f.text) }));`;
  const run = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, XDG_CACHE_HOME: cache, TMPDIR: tmp, TMP: tmp, TEMP: tmp, GONGWEN_SEGMENTER: '' },
  });
  assert.equal(run.status, 0, `exit ${run.status} ${run.signal ?? ''}: ${run.stderr}`);
  return { ...(JSON.parse(run.stdout) as { name: string; found: string[] }), stderr: run.stderr };
}

const gongwenLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('gongwen'));
const fresh = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-seg-'));

test(
  'folders planted by someone else are refused: the dictionary goes to a fresh private folder, said once',
  { skip: !posix && 'POSIX modes' },
  () => {
    const root = fresh();
    const { name, found, stderr } = runWith(root, (cache, tmp) => {
      // The cache folder is a symlink to a folder full of garbage; the temp-folder candidate is world-writable.
      fs.mkdirSync(path.join(root, 'evil'));
      fs.writeFileSync(path.join(root, 'evil', 'dict.utf8'), 'garbage');
      fs.mkdirSync(cache);
      fs.symlinkSync(path.join(root, 'evil'), path.join(cache, 'gongwen'));
      fs.mkdirSync(path.join(tmp, `gongwen-${uid}`), { mode: 0o777 });
      fs.chmodSync(path.join(tmp, `gongwen-${uid}`), 0o777);
    });
    assert.equal(name, 'jieba');
    assert.deepEqual(found, ['规定规定']);
    const lines = gongwenLines(stderr);
    assert.equal(lines.length, 1, stderr);
    assert.match(
      lines[0],
      /^gongwen: 分词词典改存于临时文件夹 .*gongwen-\w+（.*cache\/gongwen 是符号链接，未使用；.*gongwen-\d+ 权限过宽（777），未使用）。$/,
    );
    assert.deepEqual(fs.readdirSync(path.join(root, 'evil')), ['dict.utf8'], 'nothing written through the link');
  },
);

test(
  'a file in place of the folder, or a folder of another user, is skipped for the next private folder',
  { skip: !posix && 'POSIX owners' },
  () => {
    const root = fresh();
    const { name, stderr } = runWith(root, (cache) => {
      fs.mkdirSync(cache);
      fs.writeFileSync(path.join(cache, 'gongwen'), 'not a folder');
    });
    assert.equal(name, 'jieba');
    assert.match(gongwenLines(stderr).join('\n'), /^gongwen: 分词词典改存于 .*tmp\/gongwen-\d+（.*cache\/gongwen 不是文件夹，未使用）。$/);
    if (uid === 0) {
      // only root can give a folder to another user
      const other = fresh();
      const run = runWith(other, (cache) => {
        fs.mkdirSync(path.join(cache, 'gongwen'), { recursive: true, mode: 0o700 });
        fs.chownSync(path.join(cache, 'gongwen'), 65534, 65534);
      });
      assert.equal(run.name, 'jieba');
      assert.match(run.stderr, /cache\/gongwen 属于其他用户（uid 65534），未使用/);
    }
  },
);

test('damaged files in the private folder are not loaded but written again', () => {
  const root = fresh();
  assert.equal(runWith(root, () => undefined).name, 'jieba');
  const folder = path.join(root, 'cache', 'gongwen');
  const files = fs.readdirSync(folder);
  assert.ok(
    files.some((f) => f.startsWith('dict-')),
    files.join(),
  );
  for (const f of files) fs.writeFileSync(path.join(folder, f), '坏');
  const again = runWith(root, () => undefined);
  assert.equal(again.name, 'jieba');
  assert.deepEqual(again.found, ['规定规定']);
  assert.equal(gongwenLines(again.stderr).length, 0, again.stderr);
});

test('when no private folder can be made at all, the run goes on with ICU and says so once', () => {
  const root = fresh();
  const { name, found, stderr } = runWith(root, (cache, tmp) => {
    fs.writeFileSync(cache, 'a file where the cache folder should be');
    fs.rmSync(tmp, { recursive: true });
    fs.writeFileSync(tmp, 'a file where the temp folder should be');
  });
  assert.equal(name, 'icu');
  assert.deepEqual(found, ['规定规定']);
  const lines = gongwenLines(stderr);
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0], /^gongwen: 分词词典无法载入，改用内置 ICU 分词（精度略低）。原因：/);
});
