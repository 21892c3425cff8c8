// Keystroke → diagnostics while 检查工作区所有报告 runs: the server checks a workspace of report files
// (yielding between files) while the user types in an open report. `node bench/workspace-check.mjs`
// (after npm run build) prints the figures and updates their section of docs/benchmark.md; bench/run.mjs
// includes the same section.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportText } from './inputs.mjs';
import { DEBOUNCE_MS, launch, SERVER_ENTRY, typeKeystroke } from './server-figures.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILES = 1500;
const START = '<!-- workspace-check -->';
const END = '<!-- /workspace-check -->';
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Types 40 characters into an open 10k-character report while the server checks FILES files of 10k characters. */
export async function workspaceCheckFigures() {
  const text = reportText(10_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-ws-'));
  for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(root, `report-${i}.txt`), text);
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [...launch.execArgv, SERVER_ENTRY, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...launch.env },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = 'file:///bench/open-report.txt';
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) waiters.splice(0).forEach((w) => w(process.hrtime.bigint()));
  });
  let progress = 0;
  connection.onNotification('gongwen/workspaceProgress', (p) => {
    progress = p.done;
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ referenceDate: '2026-11-23' })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const published = () => new Promise((resolve) => waiters.push(resolve));
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).toString(),
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  const first = published();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await first;
  const started = process.hrtime.bigint();
  let finished;
  const whole = connection.sendRequest('gongwen/checkWorkspace', {}).then((r) => {
    finished = Number(process.hrtime.bigint() - started) / 1e6;
    return r;
  });
  const latencies = [];
  const lines = text.split('\n');
  const during = [];
  for (let k = 0; k < 40; k++) {
    const latency = await typeKeystroke(connection, uri, lines, k, published);
    // Only keystrokes answered while the check still ran count: the figure is about typing during it.
    if (finished === undefined) during.push(latency);
    latencies.push(latency);
  }
  const result = await whole;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  fs.rmSync(root, { recursive: true, force: true });
  return {
    files: FILES,
    checked: result.checked,
    wholeMs: finished,
    during: during.length,
    keystrokes: latencies.length,
    p50: percentile(during, 0.5),
    p95: percentile(during, 0.95),
    progress,
  };
}

export function workspaceCheckSection(f) {
  return `${START}
## Language server while 检查工作区所有报告 runs

A workspace of ${f.files} report files of 10,000 characters each is checked (\`gongwen/checkWorkspace\`, yielding
to the event loop after each file) while 40 characters are typed into an open 10k-character report
(bench/workspace-check.mjs). The figures are over the ${f.during} of ${f.keystrokes} keystrokes answered while the check was still running.

| figure | value |
|---|---:|
| whole workspace check (${f.checked} of ${f.files} files checked) | ${f.wholeMs.toFixed(0)} ms |
| keystroke → diagnostics after the ${DEBOUNCE_MS} ms debounce, p50 | ${f.p50.toFixed(1)} ms |
| keystroke → diagnostics after the debounce, p95 | ${f.p95.toFixed(1)} ms |
| keystroke → diagnostics ≤ 50 ms p95 while it runs | ${f.p95 <= 50 ? '✅' : '❌'} |
${END}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await workspaceCheckFigures();
  const section = workspaceCheckSection(figures);
  const file = path.join(ROOT, 'docs', 'benchmark.md');
  const doc = fs.readFileSync(file, 'utf8');
  const at = doc.indexOf(START);
  const updated =
    at >= 0
      ? doc.slice(0, at) + section + doc.slice(doc.indexOf(END) + END.length)
      : doc.replace(/\n## Growth on crafted inputs/, `\n${section}\n\n## Growth on crafted inputs`);
  fs.writeFileSync(file, updated);
  console.log(section);
}
