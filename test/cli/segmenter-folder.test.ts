import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');

test(
  'the CLI still runs when its dictionary folders were planted by someone else',
  { skip: process.platform === 'win32' && 'POSIX modes' },
  () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-seg-'));
    const cache = path.join(root, 'cache');
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(cache);
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(cache, 'gongwen'), 'a file in place of the folder');
    fs.mkdirSync(path.join(tmp, `gongwen-${process.getuid?.()}`), { mode: 0o777 });
    fs.chmodSync(path.join(tmp, `gongwen-${process.getuid?.()}`), 0o777);
    fs.writeFileSync(path.join(root, 'r.txt'), '执行各项规定规定，落实四风要求。\n');
    const runWith = (segmenter: string) => {
      const run = spawnSync(process.execPath, [BIN, 'check', 'r.txt', '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, XDG_CACHE_HOME: cache, TMPDIR: tmp, GONGWEN_SEGMENTER: segmenter },
      });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        JSON.parse(run.stdout).map((f: { text: string }) => f.text),
        ['规定规定'],
      );
      return run.stderr.split('\n').filter(Boolean);
    };
    // The bundle ships the trimmed dictionary: the default segmenter reads it there and needs no private folder.
    assert.deepEqual(runWith(''), []);
    assert.deepEqual(fs.readdirSync(tmp), [`gongwen-${process.getuid?.()}`]);
    // nodejieba itself wants its user dictionary as a file: it goes to a fresh private folder, said once.
    const notes = runWith('nodejieba');
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /^gongwen: 分词词典改存于临时文件夹 .*（.*不是文件夹，未使用；.*权限过宽（777），未使用）。$/);
  },
);
