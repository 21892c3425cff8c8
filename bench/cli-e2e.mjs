// The command line end to end (process start to exit, JSON output) next to the AutoCorrect CLI
// (autocorrect-node's `autocorrect` binary: the same Rust engine as the AutoCorrect CLI), on one
// report of 10k and 1M characters and on a folder of 1,000 reports with 1 and 2 threads; and the
// time each rule adds to a check. Used by bench/run.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportText } from './inputs.mjs';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a command, median of RUNS runs (after one untimed run that warms the file cache). */
function wall(command, args, cwd) {
  const once = () => {
    const t = process.hrtime.bigint();
    const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    if (run.error) throw run.error;
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  once();
  return median(Array.from({ length: RUNS }, once));
}

export function cliFigures(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-cli-'));
  const gongwen = (...args) =>
    wall(
      process.execPath,
      [path.join(root, 'bin', 'gongwen.js'), 'check', ...args, '--format', 'json', '--reference-date', '2026-11-23'],
      dir,
    );
  const autocorrect = (target) =>
    wall(process.execPath, [path.join(root, 'node_modules', 'autocorrect-node', 'cli.js'), '--lint', '--format', 'json', target], dir);
  const rows = [];
  try {
    for (const n of [10_000, 1_000_000]) {
      fs.writeFileSync(path.join(dir, `r${n}.txt`), reportText(n));
      rows.push({
        label: `one report, ${n.toLocaleString('en')} characters`,
        gongwen: gongwen(`r${n}.txt`),
        autocorrect: autocorrect(`r${n}.txt`),
      });
    }
    fs.mkdirSync(path.join(dir, 'folder'));
    let bytes = 0;
    for (let i = 0; i < 1000; i++) {
      const text = reportText(1700 + (i % 7) * 100, i + 1);
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(dir, 'folder', `r${String(i).padStart(4, '0')}.txt`), text);
    }
    const folder = `a folder of 1,000 reports (${(bytes / 1e6).toFixed(1)} MB)`;
    const one = gongwen('folder', '--jobs', '1');
    const two = gongwen('folder', '--jobs', '2');
    rows.push({ label: `${folder}, --jobs 1`, gongwen: one, autocorrect: autocorrect('folder') });
    rows.push({ label: `${folder}, --jobs 2`, gongwen: two, autocorrect: undefined, scaling: one / two });
    // What two cores of this machine give at best: the two halves of the folder in two separate processes at
    // once, against the same two one after the other (no threads, nothing shared).
    for (const [i, half] of ['a', 'b'].entries()) {
      fs.mkdirSync(path.join(dir, half));
      for (let k = i * 500; k < (i + 1) * 500; k++) {
        const name = `r${String(k).padStart(4, '0')}.txt`;
        fs.renameSync(path.join(dir, 'folder', name), path.join(dir, half, name));
      }
    }
    const command = (half) =>
      `"${process.execPath}" "${path.join(root, 'bin', 'gongwen.js')}" check ${half} --jobs 1 --format json --reference-date 2026-11-23 > /dev/null`;
    const inTurn = wall('bash', ['-c', `${command('a')}; ${command('b')}`], dir);
    const atOnce = wall('bash', ['-c', `${command('a')} & ${command('b')}; wait`], dir);
    rows.push({
      label: 'the same two halves in two processes at once (this machine’s ceiling)',
      gongwen: atOnce,
      autocorrect: undefined,
      scaling: inTurn / atOnce,
      over: 'one after the other',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function cliSection(rows) {
  const cells = rows.map(
    (r) =>
      `| ${r.label} | ${r.gongwen.toFixed(0)} | ${r.autocorrect === undefined ? '—' : r.autocorrect.toFixed(0)} | ${
        r.autocorrect === undefined ? `×${r.scaling.toFixed(2)} over ${r.over ?? '--jobs 1'}` : `${(r.gongwen / r.autocorrect).toFixed(2)}×`
      } |`,
  );
  return `## Command line end to end

\`gongwen check … --format json\` from process start to exit, median of ${RUNS} runs, next to the AutoCorrect CLI
(\`autocorrect --lint --format json\` from autocorrect-node: the same Rust engine) on the same files. Milliseconds.
Gongwen's time includes, once per process and per worker thread, loading its bundle through the V8 code cache
(~0.1 s: reading it, the cached code and running its top level; docs/cli.md) and its dictionary pack (the
segmentation dictionary, the typo lexicon and the HMM as ready arrays: ~0.05 s on this VM). The last row
is the machine's own limit for two cores: two separate processes on the two halves of the folder, at once against
one after the other.

| input | gongwen | AutoCorrect CLI | gongwen / AutoCorrect |
|---|---:|---:|---:|
${cells.join('\n')}`;
}

/**
 * Where a warm check of `text` spends its time, rule by rule: each rule's check is wrapped with a timer (its
 * reports drained inside it, they are generators) for the bench run only, and a full check is timed `runs` times.
 * Lazily built shared parts (paragraphs, sentence flow, segmenter cuts) count for the first rule that asks.
 */
export function ruleTimes(engine, text, options, runs = 30) {
  const { check, rules } = engine;
  const spent = new Map(rules.map((r) => [r.id, []]));
  const originals = rules.map((r) => r.check);
  let round = -1;
  rules.forEach((rule, i) => {
    rule.check = (context) => {
      const t = process.hrtime.bigint();
      const reports = [...originals[i](context)];
      if (round >= 0) spent.get(rule.id)[round] = Number(process.hrtime.bigint() - t) / 1e6;
      return reports;
    };
  });
  const totals = [];
  try {
    for (let i = 0; i < 5; i++) check(text, options);
    for (round = 0; round < runs; round++) {
      const t = process.hrtime.bigint();
      check(text, options);
      totals.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  } finally {
    rules.forEach((rule, i) => {
      rule.check = originals[i];
    });
  }
  const all = median(totals);
  const perRule = rules.map((r) => ({ id: r.id, ms: median(spent.get(r.id)) })).sort((a, b) => b.ms - a.ms);
  return { all, rest: all - perRule.reduce((sum, r) => sum + r.ms, 0), rules: perRule };
}

export function ruleTimesSection(times, chars) {
  return `## Time per rule

A warm check of a ${chars.toLocaleString('en')}-character report takes ${times.all.toFixed(2)} ms (median); each row is the median time
inside one rule during that check. Parts of the parse built on first use (paragraphs, the sentence flow, segmenter
cuts) count for the first rule that asks. Parsing, suppression and building the findings outside the rules: ${times.rest.toFixed(2)} ms.

| rule | ms |
|---|---:|
${times.rules.map((r) => `| ${r.id} | ${r.ms.toFixed(2)} |`).join('\n')}`;
}
