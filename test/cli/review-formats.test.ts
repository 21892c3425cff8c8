import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { gongwen as runIn } from '../helpers/cli-runner';

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
const gongwen = (...args: string[]) => runIn(dir, args);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-review-'));
  fs.mkdirSync(path.join(dir, 'reports'));
  fs.copyFileSync(path.join(ROOT, 'test/fixtures/review/all-categories.txt'), path.join(dir, 'reports', 'a.txt'));
  fs.writeFileSync(
    path.join(dir, 'clean.txt'),
    '关于报送年度工作要点的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n今年以来，我们层层压实责任。\n特此报告。\n\n市财政局\n2026年11月20日\n',
  );
});

test('--format html writes the 审校报告 to --output; the exit code is the same as for text', () => {
  const text = gongwen('check', 'reports', '--reference-date', '2026-11-23');
  const html = gongwen('check', 'reports', '--reference-date', '2026-11-23', '--format', 'html', '--output', 'out.html');
  assert.equal(html.code, text.code);
  assert.equal(html.code, 1);
  assert.equal(html.stdout, '');
  const written = fs.readFileSync(path.join(dir, 'out.html'), 'utf8');
  assert.match(written, /^<!DOCTYPE html>/);
  assert.match(written, /<td>reports\/a\.txt<\/td>|<th>文件<\/th><td>reports\/a\.txt<\/td>/);
});

test('--format markdown and sarif go to stdout; a clean file exits 0', () => {
  const md = gongwen('check', 'clean.txt', '--reference-date', '2026-11-23', '--format', 'markdown');
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# 审校报告：关于报送年度工作要点的报告/);
  assert.match(md.stdout, /未发现问题/);
  const sarif = gongwen('check', 'reports/a.txt', 'clean.txt', '--reference-date', '2026-11-23', '--format', 'sarif');
  assert.equal(sarif.code, 1);
  const log = JSON.parse(sarif.stdout);
  assert.deepEqual(
    log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri),
    ['reports/a.txt', 'clean.txt'],
  );
});

test('an unknown format is a usage error, and an --output that cannot be written exits 2', () => {
  const bad = gongwen('check', 'clean.txt', '--format', 'pdf');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format 只能是 text、json、html、markdown、sarif/);
  const unwritable = gongwen('check', 'clean.txt', '--format', 'html', '--output', 'missing/dir/out.html');
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.stderr, /missing\/dir\/out\.html：无法写入/);
  assert.equal(gongwen('rules', '--format', 'html').code, 2);
});
