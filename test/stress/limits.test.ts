import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { clientFor, TestClient } from '../lsp/lsp-client';

// The limits, checked at their size: a 10 MB file, a 50 MB one, a 2,000,000-character document, a --fix killed
// mid-write on 600 KB. Each takes seconds, so they run in the e2e tier (test/run-all.sh), not in npm test.
const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');
let dir: string;
const gongwen = (...args: string[]) => {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const read = (name: string) => fs.readFileSync(path.join(dir, name));
const leftovers = () => fs.readdirSync(dir).filter((f) => f.startsWith('.gongwen-'));
const REPORT =
  '关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n经XXXX研究，执行各项规定规定。\n特此报告。\n\n市财政局\n2026年11月20日\n';
const BEFORE = '今年以来,我局弛而不息纠治“四风”。\n特此报告。\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-limits-'));
  fs.writeFileSync(path.join(dir, 'ok.txt'), '经XXXX研究。\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();

test('a file of exactly the 10 MB limit is checked in one go; a 50 MB one gets one message, exit 2, and no huge memory', () => {
  const limit = 10 * 1024 * 1024;
  const line = '今年以来,我局持续加强作风建设，推动各项工作落地见效。经XXXX研究，落实各项任务。\n';
  const body = line.repeat(Math.floor(limit / Buffer.byteLength(line)));
  fs.writeFileSync(path.join(dir, 'big.txt'), body + '\n'.repeat(limit - Buffer.byteLength(body)));
  const { code, stdout } = gongwen('check', 'big.txt');
  assert.equal(code, 1);
  assert.match(stdout, /已检查 1 个文件，发现 \d+ 个问题/);
  // A sparse 50 MB file: refused from its size, before anything is read.
  fs.truncateSync(path.join(dir, 'big.txt'), 50 * 1024 * 1024);
  // Peak memory is read from the process itself (a virtual-memory ulimit is flaky: V8 and jieba reserve
  // address space they never touch). Reading and checking 50 MB would take several hundred MB.
  const preload = path.join(dir, 'max-rss.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\\n`));");
  const run = spawnSync(process.execPath, ['--require', preload, BIN, 'check', 'big.txt', 'ok.txt', '--format', 'json'], {
    encoding: 'utf8',
    cwd: dir,
  });
  assert.equal(run.status, 2, run.stderr);
  const maxRssKb = Number(/maxRSS=(\d+)/.exec(run.stderr)![1]);
  assert.ok(maxRssKb < 300 * 1024, `peak RSS ${Math.round(maxRssKb / 1024)} MB`);
  assert.match(run.stderr, /big\.txt：文件大小 50 MB，超过单个文件 10 MB 的上限，未检查/);
  assert.deepEqual(
    JSON.parse(run.stdout).map((f: { file: string }) => f.file),
    ['ok.txt'],
  );
  fs.truncateSync(path.join(dir, 'big.txt'), limit + 1);
  assert.match(gongwen('check', 'big.txt').stderr, /文件大小 10\.1 MB，超过单个文件 10 MB 的上限/);
});

test('killed at any moment of --fix, the file is either the old or the new content, never a mix', async () => {
  const original = Buffer.from(BEFORE.repeat(15000));
  fs.writeFileSync(path.join(dir, 'killed.txt'), original);
  gongwen('check', '--fix', 'killed.txt');
  const fixed = read('killed.txt');
  assert.notDeepEqual(fixed, original);
  for (const delay of [200, 700, 1400]) {
    fs.writeFileSync(path.join(dir, 'killed.txt'), original);
    const child = spawn(process.execPath, [BIN, 'check', '--fix', 'killed.txt'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    setTimeout(() => child.kill('SIGKILL'), delay);
    await exited;
    const now = read('killed.txt');
    assert.ok(now.equals(original) || now.equals(fixed), `killed after ${delay} ms: ${now.length} bytes`);
    for (const temp of leftovers()) fs.rmSync(path.join(dir, temp));
  }
});

describe('document size limit', () => {
  const started = clientFor({ enable: 'always', referenceDate: '2026-11-23' });
  let client: TestClient;
  before(() => {
    client = started();
  });

  test('a document over 2,000,000 characters gets one information diagnostic and no check; at the limit it is checked', async () => {
    const filler = '经研究，执行各项规定规定。\n';
    const big = REPORT + filler.repeat(Math.ceil((2_000_001 - REPORT.length) / filler.length));
    const uri = 'file:///tmp/huge.txt';
    const diagnostics = await client.nextDiagnostics(
      uri,
      () => client.open(uri, big),
      () => true,
      60_000,
    );
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'document-size');
    assert.equal(diagnostics[0].severity, 3);
    assert.match(diagnostics[0].message, /^文档过大，未检查/);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);

    // Cut it back to exactly the limit: now it is checked as usual.
    const keep = 2_000_000 - REPORT.length;
    const checked = await client.nextDiagnostics(
      uri,
      () =>
        client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ text: REPORT + big.slice(REPORT.length, REPORT.length + keep) }],
        }),
      () => true,
      60_000,
    );
    assert.ok(checked.length > 1 && !checked.some((d) => d.code === 'document-size'), codes(checked).slice(0, 5).join());
  });
});
