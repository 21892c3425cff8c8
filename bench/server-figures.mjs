// The language server as an editor uses it: time to first diagnostics, keystroke latency, resident memory.
// `node bench/server-figures.mjs [characters]` measures one report alone (after `npm run build`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportText } from './inputs.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEBOUNCE_MS = 200; // server/src/server.ts
/** How the extension launches the server (client/src/extension.ts). */
export const launch = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/process-options.json'), 'utf8'));
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** The server's entry as the extension starts it: dist/server.js through its code-cache loader (server/src/boot.ts). */
export const SERVER_ENTRY = path.join(ROOT, 'dist', 'server-boot.js');

/** Starts the server over stdio and measures it as an editor would use it. */
/**
 * Types the k-th keystroke (one character, moving along lines 4–23) into the open report `uri` and returns the
 * time until its diagnostics arrive, less the server's debounce. `published()` resolves on the next diagnostics.
 */
export async function typeKeystroke(connection, uri, lines, k, published) {
  const line = 4 + (k % 20);
  const character = Math.min(5 + k, lines[line].length);
  const done = published();
  const sent = process.hrtime.bigint();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: k + 2 },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '字' }],
  });
  return Number((await done) - sent) / 1e6 - DEBOUNCE_MS;
}

export async function serverFigures(text, keystrokes = 60, execArgv = launch.execArgv) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...execArgv, SERVER_ENTRY, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...launch.env },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', () => waiters.splice(0).forEach((w) => w(process.hrtime.bigint())));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ referenceDate: '2026-11-23' })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const published = () => new Promise((resolve) => waiters.push(resolve));
  const uri = 'file:///bench/report.txt';
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  const first = published();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const firstDiagnostics = Number((await first) - started) / 1e6;
  const rss = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);
  const rssOpen = rss();
  const latencies = [];
  const lines = text.split('\n');
  for (let k = 0; k < keystrokes; k++) latencies.push(await typeKeystroke(connection, uri, lines, k, published));
  const rssTyped = rss();
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  return { firstDiagnostics, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), rssOpen, rssTyped, keystrokes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await serverFigures(reportText(Number(process.argv[2] ?? 10_000))));
}
