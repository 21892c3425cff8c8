import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { replaceFile, WriteRefused } from '../../cli/atomic-write';
import { readReport } from '../../cli/read-file';

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-write-'));
});

function readAs(file: string) {
  const read = readReport(file);
  assert.equal(read.kind, 'text');
  return read.readAs;
}

/** Only the named files: no temporary file is left behind. */
const listing = () => fs.readdirSync(dir).sort();

test('the new content replaces the file, mode and owner kept, no temporary file left', () => {
  const file = path.join(dir, 'mode.txt');
  fs.writeFileSync(file, '今年以来,工作\n');
  fs.chmodSync(file, 0o640);
  // Root can keep another user's ownership; anyone else owns the files they can replace.
  if (process.getuid?.() === 0) fs.chownSync(file, 65534, 65534);
  const owner = fs.statSync(file);
  replaceFile(file, Buffer.from('今年以来，工作\n'), readAs(file));
  assert.equal(fs.readFileSync(file, 'utf8'), '今年以来，工作\n');
  const now = fs.statSync(file);
  assert.equal(now.mode & 0o7777, 0o640);
  assert.deepEqual([now.uid, now.gid], [owner.uid, owner.gid]);
  assert.deepEqual(listing(), ['mode.txt']);
  fs.rmSync(file);
});

test('a file changed between read and write is skipped, even with the same size and mtime', () => {
  const file = path.join(dir, 'changed.txt');
  fs.writeFileSync(file, '原稿：今年以来,工作\n');
  const { mtime } = fs.statSync(file);
  const seen = readAs(file);
  // Someone else saves the file meanwhile: same length, mtime put back, so only the hash can tell.
  fs.writeFileSync(file, '改稿：今年以来,工作\n');
  fs.utimesSync(file, mtime, mtime);
  assert.throws(
    () => replaceFile(file, Buffer.from('原稿：今年以来，工作\n'), seen),
    (e: Error) => e instanceof WriteRefused && /读取后文件已被修改/.test(e.message),
  );
  assert.equal(fs.readFileSync(file, 'utf8'), '改稿：今年以来,工作\n');
  fs.appendFileSync(file, '追加');
  assert.throws(() => replaceFile(file, Buffer.from('x'), seen), WriteRefused);
  assert.deepEqual(listing(), ['changed.txt']);
  fs.rmSync(file);
});

test('a read-only file and a file with other hard links are not replaced', () => {
  const file = path.join(dir, 'locked.txt');
  fs.writeFileSync(file, '今年以来,工作\n');
  fs.chmodSync(file, 0o444);
  assert.throws(() => replaceFile(file, Buffer.from('x'), readAs(file)), /文件是只读的，未写回/);
  fs.chmodSync(file, 0o644);
  fs.linkSync(file, path.join(dir, 'other-name.txt'));
  assert.throws(() => replaceFile(file, Buffer.from('x'), readAs(file)), /多个硬链接/);
  assert.equal(fs.readFileSync(file, 'utf8'), '今年以来,工作\n');
  assert.deepEqual(listing(), ['locked.txt', 'other-name.txt']);
  fs.rmSync(file);
  fs.rmSync(path.join(dir, 'other-name.txt'));
});

test('writing through a symbolic link replaces its target and keeps the link', () => {
  const target = path.join(dir, 'target.txt');
  const link = path.join(dir, 'link.txt');
  fs.writeFileSync(target, '今年以来,工作\n');
  fs.symlinkSync('target.txt', link);
  replaceFile(link, Buffer.from('新内容'), readAs(link));
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.equal(fs.readFileSync(target, 'utf8'), '新内容');
  assert.deepEqual(listing(), ['link.txt', 'target.txt']);
  fs.rmSync(link);
  fs.rmSync(target);
});

test('a failed write leaves the original intact and removes the temporary file', () => {
  const file = path.join(dir, 'fail.txt');
  fs.writeFileSync(file, '今年以来,工作\n');
  const seen = readAs(file);
  // A failure after the temporary file exists: writeSync rejects what is not a buffer.
  assert.throws(() => replaceFile(file, { length: 10 } as unknown as Buffer, seen), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.equal(fs.readFileSync(file, 'utf8'), '今年以来,工作\n');
  assert.deepEqual(listing(), ['fail.txt']);
  fs.rmSync(file);
});
