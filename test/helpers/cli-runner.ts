import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const ROOT = path.resolve(__dirname, '../../..');
/** The command as users run it: bin/gongwen.js over the bundle. */
export const BIN = path.join(ROOT, 'bin', 'gongwen.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `gongwen <args>` in `cwd` as a child process: for what only a process shows (the exit code bin/gongwen.js
 * sets, a pipe closed early, limits, signals, environment, once-per-process messages).
 */
export function gongwenProcess(cwd: string, args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The bundle's main() on one worker thread kept for the test file: the dictionary and the typo lexicon load once
// (about a second a process), not once per command. The caller blocks on Atomics.wait, so the helper stays
// synchronous like spawnSync, and process.chdir in this thread is what the worker's relative paths resolve against.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Writable } = require('node:stream');
const cli = require(workerData.bundle);
const sink = (add) => new Writable({ decodeStrings: false, write(chunk, _encoding, done) { add(String(chunk)); done(); } });
parentPort.on('message', async ({ args, port, signal }) => {
  let stdout = '';
  let stderr = '';
  let code;
  try {
    code = await cli.main(args, sink((s) => (stdout += s)), sink((s) => (stderr += s)));
  } catch (error) {
    code = null;
    stderr += 'main() threw: ' + (error && error.stack ? error.stack : String(error));
  }
  port.postMessage({ code, stdout, stderr });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;
let worker: Worker | undefined;

/** A command that has not answered in this long fails the test instead of hanging it. */
const ANSWER_MS = 120_000;

/**
 * `gongwen <args>` in `cwd`, run by the same bundle in this process: the same output and exit code as the
 * command (cli.test.ts keeps process tests that compare the two), at a fraction of the cost of a process.
 */
export function gongwen(cwd: string, args: readonly string[]): CliRun {
  if (!worker) {
    worker = new Worker(WORKER, { eval: true, workerData: { bundle: path.join(ROOT, 'dist', 'cli.js') } });
    worker.unref();
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    worker.postMessage({ args, port: port2, signal }, [port2]);
    if (Atomics.wait(signal, 0, 0, ANSWER_MS) === 'timed-out') throw new Error(`gongwen ${args.join(' ')}: no answer in ${ANSWER_MS} ms`);
  } finally {
    process.chdir(before);
  }
  const reply = receiveMessageOnPort(port1);
  port1.close();
  if (!reply) throw new Error(`gongwen ${args.join(' ')}: the worker sent nothing`);
  return reply.message as CliRun;
}
