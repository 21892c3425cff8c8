import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import iconv from 'iconv-lite';
import { gongwen as runIn } from '../helpers/cli-runner';

const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');
let dir: string;
const gongwen = (...args: string[]) => runIn(dir, args);
const REPORT =
  '关于报送项目清单的报告\r\n\r\n市委：\r\n现将有关情况报告如下：\r\n一、主要工作\r\n今年以来,我局弛而不息纠治“四风”。\r\n特此报告。\r\n\r\n市财政局\r\n2026年11月20日\r\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bad-'));
});

test('an empty file is checked and clean', () => {
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  const { code, stdout } = gongwen('check', 'empty.txt');
  assert.equal(code, 0);
  assert.match(stdout, /已检查 1 个文件，未发现问题/);
});

test('a binary file is skipped with a message, the others are checked', () => {
  fs.writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8]));
  fs.writeFileSync(path.join(dir, 'ok.txt'), '经XXXX研究。\n');
  const { code, stdout, stderr } = gongwen('check', 'photo.txt', 'ok.txt', '--format', 'json');
  assert.match(stderr, /photo\.txt 不是文本文件，已跳过/);
  assert.deepEqual(
    JSON.parse(stdout).map((f: { file: string }) => f.file),
    ['ok.txt'],
  );
  assert.equal(code, 1);
});

test('GB18030/GBK text is detected, decoded, reported on the right lines, and fixed in its own encoding', () => {
  const file = path.join(dir, 'gbk.txt');
  fs.writeFileSync(file, iconv.encode(REPORT, 'gbk'));
  const { stdout, stderr } = gongwen('check', 'gbk.txt', '--format', 'json');
  assert.match(stderr, /gbk\.txt 按 GB18030 编码读取/);
  const findings = JSON.parse(stdout);
  assert.deepEqual(
    findings.map((f: { rule: string; line: number; column: number }) => [f.rule, f.line, f.column]),
    [
      ['punctuation', 6, 5],
      ['misused-word', 6, 8],
    ],
  );
  const fixed = gongwen('check', 'gbk.txt', '--fix');
  assert.match(fixed.stderr, /修复后按原编码写回/);
  assert.equal(iconv.decode(fs.readFileSync(file), 'gb18030'), REPORT.replace('以来,我局弛而', '以来，我局驰而'));
});

test('UTF-16 with a BOM is read, and CRLF positions match LF ones', () => {
  fs.writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]));
  fs.writeFileSync(path.join(dir, 'lf.txt'), REPORT.replace(/\r\n/g, '\n'));
  const positions = (name: string) =>
    JSON.parse(gongwen('check', name, '--format', 'json').stdout).map((f: { line: number; column: number; endColumn: number }) => [
      f.line,
      f.column,
      f.endColumn,
    ]);
  assert.deepEqual(positions('u16.txt'), positions('lf.txt'));
});

test('an unreadable file is reported with exit code 2 and does not stop the other files', () => {
  // As root nothing is unreadable by permission; /proc/self/mem exists and fails to read (EIO).
  const { code, stdout, stderr } = gongwen('check', '/proc/self/mem', 'ok.txt', '--format', 'json');
  assert.equal(code, 2);
  assert.match(stderr, /\/proc\/self\/mem：无法读取（EIO）/);
  assert.deepEqual(
    JSON.parse(stdout).map((f: { file: string }) => f.file),
    ['ok.txt'],
  );
  fs.symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'dangling.txt'));
  const dangling = gongwen('check', 'dangling.txt', 'ok.txt', '--format', 'json');
  assert.equal(dangling.code, 2);
  assert.match(dangling.stderr, /dangling\.txt：符号链接指向的文件不存在/);
  assert.equal(JSON.parse(dangling.stdout).length, 1);
});

test('output piped into a reader that stops early (| head) ends quietly, without a stack trace', () => {
  fs.writeFileSync(path.join(dir, 'many.txt'), '今年以来,我局弛而不息纠治四风。\n'.repeat(20000));
  const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check many.txt | head -1`], { encoding: 'utf8', cwd: dir });
  assert.match(run.stdout, /^many\.txt {2}参考日期 \d{4}-\d{2}-\d{2}（草稿模式：今天）\n$/);
  assert.equal(run.stderr, '');
});
