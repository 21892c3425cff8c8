import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { docxText, readDocx } from '../../docx';
import { entryText, readZip } from '../../docx/zip';
import { docx, p } from '../helpers/docx-fixture';
import { gongwen as runIn } from '../helpers/cli-runner';

let dir: string;
const gongwen = (...args: string[]) => runIn(dir, args);
const REPORT = docx(p('关于工作情况的报告') + p('今年以来，我局弛而不', '息纠治“四风”，开展警示教育育4次。') + p('特此报告。'));

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'));
  fs.writeFileSync(path.join(dir, 'report.docx'), REPORT);
});

test('a .docx is checked by paragraph: ¶ positions in text, a paragraph field in JSON', () => {
  const text = gongwen('check', 'report.docx', '--reference-date', '2026-12-01');
  assert.match(text.stdout, /¶2:8 {2}\S+ {2}.*“弛而不息”/);
  const json = JSON.parse(gongwen('check', 'report.docx', '--reference-date', '2026-12-01', '--format', 'json').stdout);
  const misused = json.find((f: { rule: string }) => f.rule === 'misused-word');
  assert.deepEqual([misused.paragraph, misused.line, misused.column, misused.text], [2, 2, 8, '弛而不息']);
});

test('directories include .docx (not Word lock files); a corrupt one is exit 2 and the others are still checked', () => {
  const folder = path.join(dir, 'folder');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'a.docx'), REPORT);
  fs.writeFileSync(path.join(folder, 'b.docx'), 'PK broken');
  fs.writeFileSync(path.join(folder, '~$a.docx'), 'lock');
  fs.writeFileSync(path.join(folder, 'c.txt'), '经XX研究。\n');
  const { code, stdout, stderr } = gongwen('check', 'folder', '--format', 'json');
  assert.equal(code, 2);
  assert.match(stderr, /b\.docx：不是有效的 \.docx 文档/);
  assert.deepEqual([...new Set(JSON.parse(stdout).map((f: { file: string }) => path.basename(f.file)))].sort(), ['a.docx', 'c.txt']);
});

test('.doc and .wps are refused with a message to save as .docx', () => {
  fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  fs.writeFileSync(path.join(dir, 'old.wps'), 'x');
  const { code, stderr } = gongwen('check', 'old.doc', 'old.wps', 'report.docx');
  assert.equal(code, 2);
  assert.match(stderr, /old\.doc：不支持 \.doc\/\.wps 格式，请另存为 \.docx/);
  assert.match(stderr, /old\.wps：不支持/);
});

test('--annotate writes a commented copy and leaves the original alone; track mode writes safe fixes as revisions', () => {
  const before = fs.readFileSync(path.join(dir, 'report.docx'));
  const run = gongwen('check', 'report.docx', '--annotate', 'out.docx', '--reference-date', '2026-12-01');
  assert.match(run.stderr, /已写出 out\.docx：批注 \d+ 条；原文件未改动/);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'report.docx')), before);
  const out = readZip(fs.readFileSync(path.join(dir, 'out.docx')));
  const comments = entryText(out, 'word/comments.xml') ?? '';
  assert.match(comments, /w:author="Gongwen"[\s\S]*“弛而不息”[\s\S]*建议：/);
  const xml = entryText(out, 'word/document.xml') ?? '';
  // "弛而不息" spans two runs; the comment covers exactly it.
  assert.match(
    xml,
    /<w:commentRangeStart w:id="\d+"\/><w:r><w:t xml:space="preserve">弛而不<\/w:t><\/w:r><w:r><w:t xml:space="preserve">息<\/w:t><\/w:r><w:commentRangeEnd/,
  );
  assert.equal(docxText(readDocx(fs.readFileSync(path.join(dir, 'out.docx')))), docxText(readDocx(before)));
  const track = gongwen('check', 'report.docx', '--annotate', 'track.docx', '--annotate-mode', 'track', '--reference-date', '2026-12-01');
  assert.match(track.stderr, /修订 [1-9]\d* 处/);
  assert.match(
    entryText(readZip(fs.readFileSync(path.join(dir, 'track.docx'))), 'word/document.xml') ?? '',
    /<w:del w:id="\d+" w:author="Gongwen"/,
  );
});

test('--annotate refuses to overwrite the original and needs a single .docx', () => {
  assert.match(gongwen('check', 'report.docx', '--annotate', 'report.docx').stderr, /输出文件不能是原文件本身/);
  assert.equal(gongwen('check', 'report.docx', 'report.docx', '--annotate', 'x.docx').code, 2);
  assert.match(gongwen('check', 'a.txt', '--annotate', 'x.docx').stderr, /只能用于单个 \.docx/);
});

test('gongwen export writes a GB/T 9704 .docx that reads back as the same report', () => {
  const source = '关于工作情况的报告\n\n市委：\n现将有关情况报告如下。\n一、主要工作\n特此报告。\n\n市财政局\n2026年11月20日\n';
  fs.writeFileSync(path.join(dir, 'r.md'), source);
  const run = gongwen('export', 'r.md', '--docx', 'r.docx');
  assert.equal(run.code, 0, run.stderr);
  const text = docxText(readDocx(fs.readFileSync(path.join(dir, 'r.docx'))));
  assert.deepEqual(text.split('\n').filter(Boolean), source.split('\n').filter(Boolean));
  assert.equal(gongwen('export', 'missing.md', '--docx', 'm.docx').code, 2);
  assert.equal(gongwen('export', 'r.md').code, 2);
});
