import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import iconv from 'iconv-lite';
import { gongwen as runIn } from '../helpers/cli-runner';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'gongwen.js');
let dir: string;

const gongwen = (args: string[]) => runIn(dir, args);
const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
const read = (name: string) => fs.readFileSync(path.join(dir, name));
const leftovers = (folder = dir) => fs.readdirSync(folder).filter((f) => f.startsWith('.gongwen-'));

const BEFORE = '今年以来,我局弛而不息纠治“四风”。\n特此报告。\n';
const AFTER = '今年以来，我局驰而不息纠治“四风”。\n特此报告。\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-'));
});

test('--fix on UTF-8 with a stray byte and CESU-8 halves: fixes applied, the bad bytes kept byte for byte', () => {
  const stray = Buffer.from([0xff]);
  const cesu = Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  const [head, tail] = [BEFORE.slice(0, 4), BEFORE.slice(4)];
  write('bad-bytes.txt', Buffer.concat([Buffer.from(head), stray, Buffer.from(tail), cesu]));
  const { code, stderr } = gongwen(['check', '--fix', 'bad-bytes.txt']);
  assert.match(stderr, /bad-bytes\.txt 有 2 处不是有效 UTF-8 的字节，显示为 \uFFFD，写回时原样保留/);
  assert.match(stderr, /bad-bytes\.txt 已修复 2 处/);
  assert.doesNotMatch(stderr, /GB18030/);
  assert.deepEqual(read('bad-bytes.txt'), Buffer.concat([Buffer.from(AFTER.slice(0, 4)), stray, Buffer.from(AFTER.slice(4)), cesu]));
  assert.equal(code, 0);
});

test('UTF-16BE and UTF-16LE with a BOM are checked like UTF-8 and fixed in their own encoding', () => {
  const be = (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]);
  const le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  write('be.txt', be(BEFORE));
  write('le.txt', le(BEFORE));
  write('utf8.txt', BEFORE);
  const findings = (name: string) =>
    JSON.parse(gongwen(['check', name, '--format', 'json']).stdout).map((f: { rule: string; line: number; column: number }) => [
      f.rule,
      f.line,
      f.column,
    ]);
  assert.ok(findings('utf8.txt').length >= 2);
  assert.deepEqual(findings('be.txt'), findings('utf8.txt'));
  assert.deepEqual(findings('le.txt'), findings('utf8.txt'));
  const { stderr } = gongwen(['check', '--fix', 'be.txt', 'le.txt']);
  assert.match(stderr, /be\.txt 按 UTF-16BE 编码读取，修复后按原编码写回/);
  assert.deepEqual(read('be.txt'), be(AFTER));
  assert.deepEqual(read('le.txt'), le(AFTER));
});

test("--fix on GBK with invalid bytes and on odd-length UTF-16: only the fixed characters' bytes change", () => {
  const gbk = (t: string) => iconv.encode(t, 'gbk');
  const [head, tail] = [BEFORE.slice(0, 4), BEFORE.slice(4)];
  write('gbk-bad.txt', Buffer.concat([gbk(head), Buffer.from([0xff]), gbk(tail), Buffer.from([0x81])]));
  const gb = gongwen(['check', '--fix', 'gbk-bad.txt']);
  assert.match(gb.stderr, /gbk-bad\.txt 按 GB18030 编码读取/);
  assert.match(gb.stderr, /gbk-bad\.txt 有 2 处不是有效 GB18030 的字节/);
  assert.deepEqual(
    read('gbk-bad.txt'),
    Buffer.concat([gbk(AFTER.slice(0, 4)), Buffer.from([0xff]), gbk(AFTER.slice(4)), Buffer.from([0x81])]),
  );
  const le = (t: string) => Buffer.from(t, 'utf16le');
  write('odd.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le(head), Buffer.from([0x00, 0xdc]), le(tail), Buffer.from([0x4e])]));
  gongwen(['check', '--fix', 'odd.txt']);
  assert.deepEqual(
    read('odd.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), le(AFTER.slice(0, 4)), Buffer.from([0x00, 0xdc]), le(AFTER.slice(4)), Buffer.from([0x4e])]),
  );
});

test('a write that fails mid-way (file size limit) leaves the original intact, no temporary file, and the others fixed', () => {
  const big = Buffer.from(BEFORE.repeat(4000));
  write('big.txt', big);
  write('small.txt', BEFORE);
  const run = spawnSync('bash', ['-c', `ulimit -f 64; exec "${process.execPath}" "${BIN}" check --fix big.txt small.txt`], {
    encoding: 'utf8',
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /big\.txt：无法写回（超出文件大小限制，EFBIG），原文件未改动/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  assert.deepEqual(read('big.txt'), big);
  assert.equal(read('small.txt').toString(), AFTER);
  assert.deepEqual(leftovers(), []);
});

test('read-only file, too-long path, dangling link, FIFO: one message each, the others fixed, exit 2, no stack', () => {
  const sub = path.join(dir, 'mixed');
  fs.mkdirSync(sub);
  fs.writeFileSync(path.join(sub, 'locked.txt'), BEFORE);
  fs.chmodSync(path.join(sub, 'locked.txt'), 0o444);
  fs.writeFileSync(path.join(sub, 'good.txt'), BEFORE);
  fs.symlinkSync('gone.txt', path.join(sub, 'dangling.txt'));
  spawnSync('mkfifo', [path.join(sub, 'pipe.txt')]);
  const long = `mixed/${'长'.repeat(100)}.txt`;
  // A process with a deadline: opening the FIFO must not block the command.
  const run = spawnSync(
    process.execPath,
    [BIN, 'check', '--fix', 'mixed/locked.txt', long, 'mixed/dangling.txt', 'mixed/pipe.txt', 'mixed/good.txt'],
    {
      encoding: 'utf8',
      cwd: dir,
      timeout: 60_000,
    },
  );
  assert.equal(run.status, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  const about = (name: string) => lines.filter((l) => l.includes(name));
  assert.deepEqual(about('locked.txt'), ['gongwen：mixed/locked.txt：文件是只读的，未写回']);
  assert.deepEqual(about(long), [`gongwen：${long}：路径过长，ENAMETOOLONG`]);
  assert.deepEqual(about('dangling.txt'), ['gongwen：mixed/dangling.txt：符号链接指向的文件不存在']);
  assert.deepEqual(about('pipe.txt'), ['gongwen：mixed/pipe.txt：不是普通文件（如管道或设备），未检查']);
  assert.deepEqual(about('good.txt'), ['gongwen：mixed/good.txt 已修复 2 处']);
  assert.equal(fs.readFileSync(path.join(sub, 'locked.txt'), 'utf8'), BEFORE);
  assert.equal(fs.readFileSync(path.join(sub, 'good.txt'), 'utf8'), AFTER);
  assert.match(run.stdout, /已检查 2 个文件/);
  assert.deepEqual(leftovers(sub), []);
});

test('an unreadable folder gets one message; the files beside it are checked and fixed, exit 2', () => {
  const tree = path.join(dir, 'tree');
  fs.mkdirSync(path.join(tree, 'secret'), { recursive: true });
  fs.writeFileSync(path.join(tree, 'secret', 'hidden.txt'), BEFORE);
  fs.writeFileSync(path.join(tree, 'open.txt'), BEFORE);
  fs.chmodSync(path.join(tree, 'secret'), 0);
  // Root reads any folder, so as root the CLI runs as nobody, owning the files it must fix.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if ('uid' in asUser) {
    fs.chmodSync(dir, 0o755);
    for (const f of [tree, path.join(tree, 'secret'), path.join(tree, 'open.txt')]) fs.chownSync(f, 65534, 65534);
  }
  const run = spawnSync(process.execPath, [BIN, 'check', '--fix', 'tree'], { encoding: 'utf8', cwd: dir, ...asUser });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /gongwen：tree\/secret：无法读取目录（没有权限，EACCES）/);
  assert.match(run.stderr, /tree\/open\.txt 已修复 2 处/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  assert.equal(fs.readFileSync(path.join(tree, 'open.txt'), 'utf8'), AFTER);
  fs.chmodSync(path.join(tree, 'secret'), 0o755);
});

test('after one --fix over every fixture and a messy text, a second --fix changes nothing', () => {
  const copy = path.join(dir, 'fixtures');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), copy, { recursive: true });
  fs.writeFileSync(
    path.join(copy, 'messy.txt'),
    '关于工作情况的报告\n\n市委：\n今年以来,,我局弛而不息纠治"四风";;\n一.主要工作\n(一)学习(含自学)!\n'.repeat(50),
  );
  const first = gongwen(['check', '--fix', 'fixtures']);
  assert.match(first.stderr, /messy\.txt 已修复 \d+ 处/);
  const snapshot = (folder: string): Record<string, string> =>
    Object.fromEntries(
      fs
        .readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((f) => fs.statSync(path.join(folder, f)).isFile())
        .map((f) => [f, fs.readFileSync(path.join(folder, f), 'base64')]),
    );
  const once = snapshot(copy);
  const second = gongwen(['check', '--fix', 'fixtures']);
  assert.match(second.stderr, /没有可以自动修复的问题/);
  assert.doesNotMatch(second.stderr, /已修复/);
  assert.deepEqual(snapshot(copy), once);
});
