import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');
const REPORT = '经XXXX研究，执行各项规定规定。\n';
const posix = process.platform !== 'win32';

/** A folder with r.txt and a config made by `make`; the CLI must answer within 10 s (a hang guard). */
function checkWith(make: (dir: string) => void): { code: number | null; stderr: string; rules: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-hostile-'));
  fs.writeFileSync(path.join(dir, 'r.txt'), REPORT);
  make(dir);
  const run = spawnSync(process.execPath, [BIN, 'check', 'r.txt', '--format', 'json', '--reference-date', '2026-11-23'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.equal(run.error, undefined, `the CLI did not finish: ${run.error}`);
  return { code: run.status, stderr: run.stderr, rules: JSON.parse(run.stdout).map((f: { rule: string }) => f.rule) };
}

const BUILT_IN = ['placeholder', 'duplicate-word'];

test('a YAML alias bomb: one clear message, exit 2, built-in rules still run', () => {
  const bomb =
    'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
  const { code, stderr, rules } = checkWith((dir) => fs.writeFileSync(path.join(dir, '.gongwen.yaml'), bomb));
  assert.equal(code, 2);
  assert.match(stderr, /\.gongwen\.yaml:1：YAML 别名（\*）展开过多（上限 100 次），未读取。/);
  assert.doesNotMatch(stderr, /at |Error/, 'no stack trace');
  assert.deepEqual(rules, BUILT_IN);
});

test('JSON nested 5,000 deep: one clear message, exit 2, built-in rules still run', () => {
  const { code, stderr, rules } = checkWith((dir) =>
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '['.repeat(5000) + ']'.repeat(5000)),
  );
  assert.equal(code, 2);
  assert.match(stderr, /\.gongwen\.json:1：配置文件嵌套超过 32 层，未读取。/);
  assert.deepEqual(rules, BUILT_IN);
});

test('a config symlinked to /dev/zero or /dev/urandom, or a FIFO, is refused and never read', { skip: !posix && 'POSIX only' }, () => {
  for (const [name, make, reason] of [
    ['.gongwen.json', (dir: string) => fs.symlinkSync('/dev/zero', path.join(dir, '.gongwen.json')), '指向设备文件'],
    ['.gongwen.yaml', (dir: string) => fs.symlinkSync('/dev/urandom', path.join(dir, '.gongwen.yaml')), '指向设备文件'],
    ['.gongwen.yml', (dir: string) => execFileSync('mkfifo', [path.join(dir, '.gongwen.yml')]), '是一个管道（FIFO）'],
  ] as const) {
    const { code, stderr, rules } = checkWith(make);
    assert.equal(code, 2, name);
    assert.match(stderr, new RegExp(`${name.replace('.', '\\.')}:1：配置文件${reason.replace(/[()（）]/g, '.')}，不是普通文件，未读取。`));
    assert.deepEqual(rules, BUILT_IN);
  }
});

test('a config over 1 MB is refused with its size', () => {
  const { code, stderr, rules } = checkWith((dir) =>
    fs.writeFileSync(path.join(dir, '.gongwen.json'), `{"ignore": [${'{"text": "甲"},'.repeat(100000)}]}`),
  );
  assert.equal(code, 2);
  assert.match(stderr, /\.gongwen\.json:1：配置文件过大（\d+ KB，上限 1024 KB），未读取。/);
  assert.deepEqual(rules, BUILT_IN);
});

const redosPack = (pattern: string) =>
  JSON.stringify({
    outdatedPhrasing: [{ id: 'redos', pattern, new: '新', since: '2020-01-01', reason: 'r', source: 's' }],
  });

test('a ReDoS pattern in a pack does not hang the CLI on a long input', () => {
  const { code, stderr, rules } = checkWith((dir) => {
    fs.writeFileSync(path.join(dir, '.gongwen.json'), redosPack('(a+)+$'));
    fs.appendFileSync(path.join(dir, 'r.txt'), `${'a'.repeat(200_000)}!\n`);
  });
  assert.equal(code, 1, stderr); // placeholder is an error; the config is fine
  assert.deepEqual(rules, BUILT_IN);
});

test('a pack pattern with lookaround is refused with its line; the built-in rules run', () => {
  const { code, stderr, rules } = checkWith((dir) => fs.writeFileSync(path.join(dir, '.gongwen.json'), redosPack('(?<=市)政府')));
  assert.equal(code, 2);
  assert.match(
    stderr,
    /\.gongwen\.json:1：outdatedPhrasing\[0\]：“pattern”不能用于规则包（规则包的正则表达式按 RE2 语法逐字执行，不支持反向引用和前后断言）/,
  );
  assert.deepEqual(rules, BUILT_IN);
});

test('--fix does not apply a pack rewrite that only claims to be safe; the config says why', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pack-safe-'));
  fs.writeFileSync(
    path.join(dir, '.gongwen.json'),
    JSON.stringify(
      {
        misusedWords: [
          { id: 'flip', wrong: '不存在', right: '存在', safe: true, anywhere: true, reason: 'r', source: 's' },
          { id: 'width', wrong: '(一)', right: '（一）', safe: true, anywhere: true, reason: 'r', source: 's' },
        ],
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(dir, 'r.txt'), '目前不存在问题。\n(一)工作情况\n');
  const run = spawnSync(process.execPath, [BIN, 'check', 'r.txt', '--fix', '--reference-date', '2026-11-23'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.notEqual(run.status, 2, run.stderr);
  assert.match(
    run.stderr,
    /\.gongwen\.json:7：misusedWords\[0\]：“不存在”→“存在”不能标为安全修复（不是内置的已审校修复，也不只是标点或字形（全角\/半角）的变化），已按需确认的修复处理/,
  );
  assert.equal(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'), '目前不存在问题。\n（一）工作情况\n');
});

test('an extglob in ignoreFiles that would backtrack forever does not hang the CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-glob-'));
  fs.writeFileSync(path.join(dir, '.gongwen.json'), JSON.stringify({ ignoreFiles: [`${'+(a|a)'.repeat(12)}b`, 'skip/**'] }));
  fs.writeFileSync(path.join(dir, `${'a'.repeat(60)}.txt`), REPORT);
  fs.mkdirSync(path.join(dir, 'skip'));
  fs.writeFileSync(path.join(dir, 'skip', 'r.txt'), REPORT);
  const run = spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
  assert.equal(run.error, undefined, `the CLI did not finish: ${run.error}`);
  assert.deepEqual([...new Set(JSON.parse(run.stdout).map((f: { file: string }) => f.file))], [`${'a'.repeat(60)}.txt`]);
});
