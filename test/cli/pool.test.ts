import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { Job, threadsFor } from '../../cli/pool';

test('threads by default only when the files are big enough to repay the workers’ start-up; --jobs decides otherwise', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pool-'));
  const job = (name: string, bytes: number): Job => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, bytes); // sparse: only the size counts
    return { file, options: {}, fix: false, keepText: false };
  };
  const small = [job('a.txt', 300 * 1024), job('b.txt', 300 * 1024)];
  assert.equal(threadsFor(small, undefined), 1, 'a few hundred KB: one thread');
  assert.equal(threadsFor(small, 3), 2, '--jobs, at most one thread per file');
  assert.equal(threadsFor([small[0]], 4), 1);
  const big = [job('c.txt', 8 * 1024 * 1024), job('d.txt', 8 * 1024 * 1024)];
  assert.equal(threadsFor(big, undefined), Math.min(os.availableParallelism(), 2), '16 MB: one thread per core');
  fs.rmSync(dir, { recursive: true, force: true });
});
