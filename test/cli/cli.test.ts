import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';

import { gongwen as runIn, gongwenProcess } from '../helpers/cli-runner';

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
const gongwen = (...args: string[]) => runIn(dir, args);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  fs.mkdirSync(path.join(dir, 'reports', 'nested'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'reports', 'bad.txt'), '今年以来工作情况如下。\n经XXXX研究，执行各项规定规定。\n');
  fs.writeFileSync(path.join(dir, 'reports', 'nested', 'old.md'), '## 学习\n\n学习党的十九大和十九届历次全会精神。\n');
  fs.writeFileSync(path.join(dir, 'reports', 'nested', 'ignored.json'), '{"x": "XXXX"}');
  fs.writeFileSync(
    path.join(dir, 'clean.txt'),
    '\uFEFF关于报送年度工作要点的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n今年以来，我们层层压实责任。\n特此报告。\n\n市财政局\n2026年11月20日\n',
  );
});

test('text output lists findings with line:column and exits 1 when errors are found', () => {
  const { code, stdout } = gongwen('check', 'reports/bad.txt', '--reference-date', '2026-11-23');
  assert.equal(code, 1);
  assert.match(
    stdout,
    /reports\/bad\.txt {2}参考日期 2026-11-23（草稿模式：指定的参考日期）\n {2}2:2 {2}错误 {2}遗留占位符“XXXX”.*\[placeholder\]/,
  );
  assert.match(stdout, /2:13 {2}警告 {2}疑似词语重复.*\[duplicate-word\]/);
  assert.match(stdout, /已检查 1 个文件，发现 2 个问题（错误 1，警告 1，提示 0）。/);
});

test('gongwen rules lists every rule by review category, as text and as JSON', () => {
  const text = gongwen('rules');
  assert.equal(text.code, 0);
  assert.match(text.stdout, /结构与格式（Structure and format）\n {2}missing-section +warning +需确认 +缺少该类报告的标准组成部分/);
  assert.match(text.stdout, /占位符（Placeholders）\n {2}placeholder +error +— /);
  assert.ok(text.stdout.indexOf('过时提法（') < text.stdout.indexOf('占位符（'), 'categories in their order');
  const json = gongwen('rules', '--format', 'json');
  assert.equal(json.code, 0);
  const list = JSON.parse(json.stdout) as {
    id: string;
    category: { zh: string };
    fix: string;
    options: { setting: string }[];
    docs: string;
  }[];
  const length = list.find((r) => r.id === 'length')!;
  assert.equal(length.category.zh, '结构与格式');
  assert.equal(length.fix, 'none');
  assert.deepEqual(
    length.options.map((o) => o.setting),
    ['gongwen.maxLength'],
  );
  assert.equal(length.docs, 'docs/rules.md#length');
  const docs = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  for (const rule of list) assert.match(docs, new RegExp(`^### ${rule.id}$`, 'm'), `${rule.id} has its section in docs/rules.md`);
  assert.equal(gongwen('rules', 'x').code, 2);
});

test('JSON output has 1-based positions and the documented fields', () => {
  const { code, stdout } = gongwen('check', 'reports/bad.txt', '--format=json', '--reference-date=2026-11-23');
  assert.equal(code, 1);
  const [first, second] = JSON.parse(stdout);
  assert.deepEqual(first, {
    file: 'reports/bad.txt',
    line: 2,
    column: 2,
    endLine: 2,
    endColumn: 6,
    rule: 'placeholder',
    severity: 'error',
    message: first.message,
    text: 'XXXX',
    fixes: [],
    referenceDate: { date: '2026-11-23', mode: 'draft', source: 'option' },
  });
  assert.equal(second.rule, 'duplicate-word');
  assert.deepEqual(second.fixes, [{ title: '删除重复的“规定”', safe: false }]);
});

test('JSON output carries the related places a finding compares with', () => {
  fs.writeFileSync(path.join(dir, 'span.txt'), '2026年3月15日至3月1日集中整改。\n');
  const { stdout } = gongwen('check', 'span.txt', '--format=json', '--reference-date=2026-11-23');
  const span = (JSON.parse(stdout) as { rule: string; related?: unknown[] }[]).find((f) => f.rule === 'date-validity');
  assert.deepEqual(span?.related, [
    { line: 1, column: 1, endLine: 1, endColumn: 11, message: '开始日期“2026年3月15日”' },
    { line: 1, column: 12, endLine: 1, endColumn: 16, message: '结束日期“3月1日”' },
  ]);
});

test('directories recurse into .txt and .md only; warnings alone exit 0', () => {
  const { code, stdout } = gongwen('check', 'reports/nested', '--format', 'json', '--reference-date', '2026-11-23');
  assert.equal(code, 0);
  const findings = JSON.parse(stdout);
  assert.deepEqual(
    findings.map((f: { file: string; rule: string }) => [f.file, f.rule]),
    [[path.join('reports', 'nested', 'old.md'), 'outdated-phrasing']],
  );
});

test('the reference date decides what is outdated', () => {
  const { stdout } = gongwen('check', 'reports/nested/old.md', '--format', 'json', '--reference-date', '2021-12-30');
  assert.deepEqual(JSON.parse(stdout), []);
});

test('a clean file (with BOM) exits 0 and says so, with the date it was judged against', () => {
  const { code, stdout } = gongwen('check', 'clean.txt', '--reference-date', '2026-11-23');
  assert.equal(code, 0);
  assert.equal(
    stdout,
    'clean.txt  参考日期 2026-11-23（草稿模式：指定的参考日期；成文日期 2026-11-20 仅作参考）\n\n已检查 1 个文件，未发现问题。\n',
  );
});

// A 2026 report the clerk copied from 2021: title updated, 成文日期 at the bottom not.
const COPIED =
  '关于2026年度落实全面从严治党主体责任情况的自查报告\n\n县委：\n今年以来，我局深入开展党史学习教育。现将有关情况报告如下：\n' +
  '一、主要工作\n（一）加强学习。组织专题学习12次。\n二、存在问题\n学习不够深入。\n三、整改措施\n加强学习。\n特此报告。\n\n县财政局\n2021年11月20日\n';

test('--date-mode: draft judges a copied report today and points at its old date; archive judges it at its 成文日期', () => {
  fs.writeFileSync(path.join(dir, 'copied.txt'), COPIED);
  const draft = gongwen('check', 'copied.txt', '--reference-date', '2026-11-23');
  assert.match(draft.stdout, /^copied\.txt {2}参考日期 2026-11-23（草稿模式：指定的参考日期；成文日期 2021-11-20 仅作参考）\n/);
  assert.match(draft.stdout, /“深入开展党史学习教育”.*\[outdated-phrasing\]/);
  assert.match(draft.stdout, /成文日期2021年11月20日早于报告所述的2026年（标题）.*\[document-date\]/);
  const archive = gongwen('check', 'copied.txt', '--date-mode', 'archive');
  assert.match(archive.stdout, /^copied\.txt {2}参考日期 2021-11-20（存档模式：成文日期）\n/);
  assert.doesNotMatch(archive.stdout, /outdated-phrasing/);
  assert.match(archive.stdout, /\[document-date\]/, 'the contradiction with the title stays');
  const json = JSON.parse(
    gongwen('check', 'copied.txt', '--format', 'json', '--date-mode=archive', '--reference-date', '2026-11-23').stdout,
  );
  assert.ok(json.length > 0);
  for (const f of json)
    assert.deepEqual(f.referenceDate, { date: '2026-11-23', mode: 'archive', source: 'option', documentDate: '2021-11-20' });
});

test('.gongwen.json archiveFiles put a folder in archive mode; --date-mode overrides it', () => {
  fs.mkdirSync(path.join(dir, 'ws', '归档'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ws', '.gongwen.json'), '{"archiveFiles": ["归档/**"]}');
  fs.writeFileSync(path.join(dir, 'ws', '归档', 'old.txt'), COPIED);
  fs.writeFileSync(path.join(dir, 'ws', 'new.txt'), COPIED);
  const modes = (...args: string[]) =>
    Object.fromEntries(
      JSON.parse(gongwen('check', 'ws', '--format', 'json', ...args).stdout).map((f: { file: string; referenceDate: { mode: string } }) => [
        f.file,
        f.referenceDate.mode,
      ]),
    );
  assert.deepEqual(modes(), { [path.join('ws', 'new.txt')]: 'draft', [path.join('ws', '归档', 'old.txt')]: 'archive' });
  assert.deepEqual(modes('--date-mode', 'draft'), { [path.join('ws', 'new.txt')]: 'draft', [path.join('ws', '归档', 'old.txt')]: 'draft' });
});

test('a missing file is reported, the others are still checked, exit code 2', () => {
  const { code, stdout, stderr } = gongwen('check', 'nope.txt', 'reports/bad.txt', '--format', 'json');
  assert.equal(code, 2);
  assert.match(stderr, /nope\.txt：文件或目录不存在/);
  assert.ok(JSON.parse(stdout).length >= 2);
});

test('the command as a process gives what the in-process runner gives: output, messages, exit code', () => {
  for (const args of [
    ['check', 'reports', 'nope.txt', '--reference-date', '2026-11-23'],
    ['check', 'reports/bad.txt', '--format', 'json', '--reference-date', '2026-11-23'],
  ]) {
    assert.deepEqual(gongwenProcess(dir, args), gongwen(...args), args.join(' '));
  }
});

test('a bad --date-mode is a usage error', () => {
  const { code, stderr } = gongwen('check', 'clean.txt', '--date-mode', 'old');
  assert.equal(code, 2);
  assert.match(stderr, /--date-mode 只能是 draft 或 archive，收到“old”/);
});

test('usage errors exit 2 with a message; --help exits 0', () => {
  for (const args of [
    [],
    ['lint', 'x'],
    ['check'],
    ['check', 'x', '--format', 'xml'],
    ['check', 'x', '--reference-date', '2026-02-30'],
    ['check', 'x', '--fast'],
  ]) {
    const { code, stderr, stdout } = gongwen(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr + stdout, /用法：gongwen check/);
  }
  const help = gongwen('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--reference-date/);
});

test('--fix rewrites only safe fixes, keeps the BOM, and reports what is left', () => {
  const file = path.join(dir, 'fixme.txt');
  fs.writeFileSync(file, '\uFEFF经XXXX研究,执行各项规定规定,弛而不息。\n');
  const { code, stdout, stderr } = gongwen('check', 'fixme.txt', '--fix', '--format', 'json', '--reference-date', '2026-11-23');
  assert.equal(fs.readFileSync(file, 'utf8'), '\uFEFF经XXXX研究，执行各项规定规定，驰而不息。\n');
  assert.match(stderr, /fixme\.txt 已修复 3 处/);
  assert.deepEqual(
    JSON.parse(stdout).map((f: { rule: string }) => f.rule),
    ['placeholder', 'duplicate-word'],
  );
  assert.equal(code, 1);
  const again = gongwen('check', 'fixme.txt', '--fix');
  assert.match(again.stderr, /没有可以自动修复的问题/);
});

test('pasted text with many half-width commas: one grouped finding, and --fix changes every comma', () => {
  const file = path.join(dir, 'pasted.txt');
  const body = Array.from({ length: 25 }, (_, i) => `第${i + 1}项任务,已按期完成`).join('。');
  fs.writeFileSync(file, `${body}。\n`);
  const listed = gongwen('check', 'pasted.txt', '--format=json', '--reference-date=2026-11-23');
  const findings = JSON.parse(listed.stdout) as { rule: string; message: string; fixes: { safe: boolean }[] }[];
  const commas = findings.filter((f) => f.rule === 'punctuation');
  assert.equal(commas.length, 1);
  assert.match(commas[0].message, /本文有 25 处半角逗号/);
  assert.equal(commas[0].fixes[0].safe, true);
  const { stderr } = gongwen('check', 'pasted.txt', '--fix', '--reference-date', '2026-11-23');
  assert.match(stderr, /pasted\.txt 已修复 25 处/);
  assert.equal(fs.readFileSync(file, 'utf8'), `${body.replace(/,/g, '，')}。\n`);
});
