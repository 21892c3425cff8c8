import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'gongwen.js');
const REPORT =
  '关于2026年工作情况的报告\n\n市委：\n今年以来,我局深入学习贯彻党的十九届六中全会精神。\n一、主要工作\n（一）抓好学习\n执行各项规定规定。\n特此报告。\n\n某某局\n2026年11月20日\n';

/** `gongwen check --jobs N`: the files are checked on N worker threads; what the user gets does not change. */
describe('check --jobs', () => {
  let dir: string;
  const gongwen = (...args: string[]) => {
    const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const fill = (count: number) => {
    fs.rmSync(path.join(dir, 'reports'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'reports', 'sub'), { recursive: true });
    for (let i = 0; i < count; i++) {
      // Files of different sizes, so the workers finish out of order.
      const name = path.join(dir, 'reports', i % 3 ? '' : 'sub', `r${String(i).padStart(3, '0')}.txt`);
      fs.writeFileSync(name, REPORT.replace('抓好学习', `抓好学习${'。'.repeat(i % 7)}`).repeat(1 + (i % 5)));
    }
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-jobs-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('text, JSON and HTML output, stderr and the exit code are the same with 1 and 3 threads', () => {
    fill(40);
    for (const format of ['text', 'json', 'html']) {
      const one = gongwen('check', 'reports', '--format', format, '--reference-date', '2026-11-23', '--jobs', '1');
      const three = gongwen('check', 'reports', '--format', format, '--reference-date', '2026-11-23', '--jobs', '3');
      assert.equal(one.code, 1, one.stderr); // errors found
      assert.equal(three.code, one.code);
      assert.equal(three.stderr, one.stderr);
      const stable = (out: string) => out.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '（生成时间）'); // the minute may turn between runs
      assert.equal(stable(three.stdout), stable(one.stdout), format);
      if (format === 'json') assert.equal(JSON.parse(one.stdout).length > 40, true);
    }
  });

  test('--fix on worker threads fixes every file once, as one thread does', () => {
    fill(12);
    gongwen('check', 'reports', '--fix', '--jobs', '1');
    const once = fs
      .readdirSync(path.join(dir, 'reports'), { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(dir, 'reports', f), 'utf8'));
    fill(12);
    const run = gongwen('check', 'reports', '--fix', '--jobs', '2');
    assert.equal((run.stderr.match(/已修复/g) ?? []).length, 12, run.stderr);
    const pooled = fs
      .readdirSync(path.join(dir, 'reports'), { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(dir, 'reports', f), 'utf8'));
    assert.deepEqual(pooled, once);
    assert.ok(once.every((text) => !text.includes('今年以来,')));
  });

  test('a bad --jobs value is a usage error', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const run = gongwen('check', 'reports', '--jobs', bad);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--jobs 应为 1 到 999 的整数/);
    }
  });
});
