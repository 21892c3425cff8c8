import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { readPackAsViews } from '../engine';
import type { CheckOptions } from '../engine';
import { checkFile, FileOutcome } from './check-file';
import { checkDocxFile, isDocx } from './docx-file';

/** One file to check, with the options its config gives it (plain data: it is copied to a worker). */
export interface Job {
  file: string;
  options: CheckOptions;
  fix: boolean;
  /** The 审校报告 formats quote the text; the others do not, and copying it back from a worker is not free. */
  keepText: boolean;
}

/**
 * Below this much text in all, a folder is checked in this thread: each worker loads the engine and the
 * dictionary pack again (~0.1 s of CPU with the code cache) and warms its own JIT, whose compiling runs on the
 * second core in a one-thread run and competes with the checking in a two-thread one. Measured on 2 cores
 * (2026-12-07, TurboFan inlining off as bin/gongwen.js sets it): 1,000 reports of 5.9 MB took 1.9 s in one
 * thread and 1.8 s in two; 2,000 of 11.8 MB 3.4–4.3 s and 3.0–3.2 s.
 */
const MIN_BYTES_FOR_WORKERS = 8 * 1024 * 1024;
/** In a worker's argv, so a run in one thread need not load worker_threads (~4 ms) to learn it is not one. */
const WORKER_ARG = '--gongwen-pool-worker';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerThreads = () => require('node:worker_threads') as typeof WorkerThreads;
const IN_FLIGHT = 2;

/** How many threads `gongwen check` uses: --jobs, else one per core when there is enough to check. */
export function threadsFor(jobs: readonly Job[], requested: number | undefined): number {
  if (jobs.length < 2) return 1;
  if (requested !== undefined) return Math.min(requested, jobs.length);
  let bytes = 0;
  for (const job of jobs) {
    try {
      bytes += fs.statSync(job.file).size;
    } catch {
      // unreadable: checkFile says so in its own words
    }
    if (bytes >= MIN_BYTES_FOR_WORKERS) return Math.min(os.availableParallelism(), jobs.length);
  }
  return 1;
}

export function runJob({ file, options, fix, keepText }: Job): FileOutcome {
  const outcome = isDocx(file) ? checkDocxFile(file, options) : checkFile(file, options, fix);
  if (!keepText) delete outcome.text;
  return outcome;
}

/**
 * Checks the jobs on `threads` threads — this one and `threads - 1` workers — each taking the next file when it
 * is done (files differ in size), and returns the outcomes in job order, so the output is the same as in one
 * thread. This thread checks too: otherwise it only waits, and on two cores a second worker cost more (its
 * start-up, a core shared with this thread's decoding of answers) than it gave (bench: ×0.82 with two workers).
 * A worker that dies (out of memory) costs only its current file, which gets a problem line; the rest go on.
 */
export function checkInPool(jobs: readonly Job[], threads: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      if (next >= jobs.length) return resolve();
      // The worker loads this same file, the CLI bundle, through dist/code-cache.js beside it
      // (workspace/code-cache.ts), so it skips compiling the bundle too.
      const boot = `require(${JSON.stringify(path.join(__dirname, 'code-cache.js'))}).loadBundle(${JSON.stringify(__filename)})`;
      const worker = new (workerThreads().Worker)(boot, { eval: true, argv: [WORKER_ARG], workerData: { gongwenPool: true } });
      // Jobs sent and not yet answered, oldest first: a worker answers in order. Two in flight keep it busy
      // while this thread reads its last answer.
      const inFlight: number[] = [];
      const feed = () => {
        while (inFlight.length < IN_FLIGHT && next < jobs.length) {
          inFlight.push(next);
          worker.postMessage(jobs[next++]);
        }
        if (!inFlight.length) void worker.terminate();
      };
      worker.on('message', (outcome: FileOutcome) => {
        outcomes[inFlight.shift()!] = outcome;
        feed();
      });
      worker.on('error', (error) => {
        // Only the file being checked failed; the one queued behind it goes back to the others.
        const [current, ...queued] = inFlight.splice(0);
        if (current !== undefined) outcomes[current] = failed(jobs[current].file, error);
        for (const i of queued) outcomes[i] = runJob(jobs[i]);
      });
      worker.on('exit', () => {
        const [current, ...queued] = inFlight.splice(0);
        if (current !== undefined) outcomes[current] = failed(jobs[current].file, new Error('检查线程意外退出'));
        for (const i of queued) outcomes[i] = runJob(jobs[i]);
        // The worker went early (it failed): another takes over the files left.
        void (next < jobs.length ? start() : Promise.resolve()).then(resolve);
      });
      feed();
    });
  const here = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      outcomes[i] = runJob(jobs[i]);
      // Between files, the workers' answers come in and their queues are refilled.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workers = Array.from({ length: Math.min(threads, jobs.length) - 1 }, start);
  return Promise.all([...workers, here()]).then(() => outcomes);
}

function failed(file: string, error: Error): FileOutcome {
  return { fixed: 0, fixable: 0, notes: [], problems: [`${file}：检查时出错（${error.message}）`] };
}

// In a worker started by checkInPool (the CLI bundle, loaded again): check what the main thread sends.
const threads = process.argv.includes(WORKER_ARG) ? workerThreads() : undefined;
if (threads && !threads.isMainThread && (threads.workerData as { gongwenPool?: boolean } | null)?.gongwenPool) {
  readPackAsViews();
  threads.parentPort!.on('message', (job: Job) => threads.parentPort!.postMessage(runJob(job)));
}
