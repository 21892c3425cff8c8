// npm run bench — engine speed on 10k/100k/1M characters (warm median and cold first run) next to
// autocorrect-node and zhlint on the same texts, then the language server: start to first
// diagnostics, keystroke to diagnostics while typing, memory; and the growth of check time on crafted
// inputs (bench/growth.mjs). Results go to docs/benchmark.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cliFigures, cliSection, ruleTimes, ruleTimesSection } from './cli-e2e.mjs';
import { GOAL, growthTable, measureGrowth } from './growth.mjs';
import { reportText } from './inputs.mjs';
import { DEBOUNCE_MS, serverFigures } from './server-figures.mjs';
import { workspaceCheckFigures, workspaceCheckSection } from './workspace-check.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [10_000, 100_000, 1_000_000];
const RUNS = { 10_000: 200, 100_000: 30, 1_000_000: 7 };
/** Median of `runs` timed calls after a few untimed ones (JIT and caches warm, as in an editor session). */
const warmMedian = (runs, fn) => {
  for (let i = 0; i < Math.max(2, runs / 10); i++) fn();
  return median(Array.from({ length: runs }, () => time(fn)));
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return ms(t);
};

const engineModule = require(path.join(ROOT, 'out', 'engine'));
const { check, sharedSegmenter } = engineModule;
const autocorrect = require('autocorrect-node');
const zhlint = require('zhlint');

console.log('生成输入并预热……');
const texts = Object.fromEntries(SIZES.map((n) => [n, reportText(n)]));
const options = { referenceDate: '2026-11-23' };

// Cold: a fresh process loads the dictionary, then checks each text once.
const coldScript = `
  import { createRequire } from 'node:module';
  const { check, sharedSegmenter } = createRequire(${JSON.stringify(ROOT + '/')})('./out/engine');
  const { reportText } = await import(${JSON.stringify(path.join(ROOT, 'bench', 'inputs.mjs'))});
  const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
  let t = process.hrtime.bigint(); sharedSegmenter().cut('公文', false); const load = ms(t);
  const first = {};
  for (const n of ${JSON.stringify(SIZES)}) { const text = reportText(n); t = process.hrtime.bigint(); check(text, { referenceDate: '2026-11-23' }); first[n] = ms(t); }
  console.log(JSON.stringify({ load, first }));`;
const cold = JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', coldScript], { encoding: 'utf8' }).stdout);

sharedSegmenter();
const engine = {};
for (const n of SIZES) engine[n] = warmMedian(RUNS[n], () => check(texts[n], options));
const peers = { autocorrect: {}, zhlint: {}, autocorrectError: {} };
for (const n of SIZES) {
  // autocorrect-node gives up on large inputs ("call limit reached"): such a run is a failure, not a time.
  const error = autocorrect.lintFor(texts[n], 'report.txt').error;
  if (error)
    peers.autocorrectError[n] = error
      .split('\n')
      .pop()
      .replace(/^\s*=\s*/, '');
  peers.autocorrect[n] = warmMedian(RUNS[n], () => autocorrect.lintFor(texts[n], 'report.txt'));
  // zhlint takes seconds on large texts: fewer runs there.
  peers.zhlint[n] = n >= 1_000_000 ? time(() => zhlint.run(texts[n])) : warmMedian(n >= 100_000 ? 3 : 10, () => zhlint.run(texts[n]));
}

console.log('每条规则的用时……');
const perRule = ruleTimes(engineModule, texts[10_000], options);

console.log('命令行（端到端）……');
const cli = cliFigures(ROOT);

console.log('语言服务器……');
const lsp = await serverFigures(texts[10_000]);
const lspLarge = await serverFigures(texts[100_000], 30);
const whileChecking = await workspaceCheckFigures();

console.log('构造输入的增长……');
const growth = measureGrowth({ log: (line) => console.log(`  ${line}`) });
const linear = growth.filter((row) => row.fitted !== undefined && row.fitted <= GOAL);

const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const perMs = (n, t) => Math.round(n / t);
const autocorrectCell = (n) =>
  peers.autocorrectError[n]
    ? `fails: ${peers.autocorrectError[n]} | —`
    : `${peers.autocorrect[n].toFixed(1)} | ${(peers.autocorrect[n] / engine[n]).toFixed(1)}×`;
const row = (n) =>
  `| ${n.toLocaleString('en')} | ${engine[n].toFixed(1)} | ${cold.first[n].toFixed(1)} | ${perMs(n, engine[n])} | ${autocorrectCell(n)} | ${peers.zhlint[n].toFixed(0)} | ${(peers.zhlint[n] / engine[n]).toFixed(0)}× |`;
const comparable = SIZES.filter((n) => !peers.autocorrectError[n]);
const target = (ok) => (ok ? '✔' : '✘');
const report = `# Benchmark

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${machine}.
Inputs: generated reports (bench/inputs.mjs) of 10k, 100k and 1M characters; all numbers in milliseconds.
Gongwen runs every rule (structure, numbering, 提法, typos, punctuation); autocorrect-node (\`lintFor\`) and zhlint
(\`run\`) check spacing and punctuation only. “× faster” = their time / ours.
How often Gongwen is right (precision on clean official text, recall on real reports): [accuracy.md](accuracy.md),
written by \`npm run bench:accuracy\`.

## Engine

Dictionary load (fresh process): ${cold.load.toFixed(0)} ms.

| characters | Gongwen warm (median) | Gongwen cold (first check) | chars/ms | autocorrect-node | × faster | zhlint | × faster |
|---:|---:|---:|---:|---:|---:|---:|---:|
${SIZES.map(row).join('\n')}

## Language server (10k-character report)

| figure | value |
|---|---:|
| start → first diagnostics | ${lsp.firstDiagnostics.toFixed(0)} ms |
| keystroke → diagnostics after the ${DEBOUNCE_MS} ms debounce, p50 | ${lsp.p50.toFixed(1)} ms |
| keystroke → diagnostics after the debounce, p95 | ${lsp.p95.toFixed(1)} ms |
| server RSS after opening | ${lsp.rssOpen} MB |
| server RSS after ${lsp.keystrokes} keystrokes | ${lsp.rssTyped} MB |

| 100k-character report: keystroke → diagnostics after the debounce, p50 | ${lspLarge.p50.toFixed(1)} ms |
| 100k-character report: keystroke → diagnostics after the debounce, p95 | ${lspLarge.p95.toFixed(1)} ms |
| server RSS after 30 keystrokes in the 100k-character report | ${lspLarge.rssTyped} MB |

${cliSection(cli)}

${ruleTimesSection(perRule, 10_000)}

${workspaceCheckSection(whileChecking)}

## Growth on crafted inputs

Inputs shaped to hit the places where a careless loop is quadratic (bench/crafted.mjs): long runs of spaces
between Chinese characters, very long lines of repeated patterns, runs of punctuation and unclosed marks, many
headings, unterminated marker comments, many \`ignore\` entries or user entries in the config. Each cell is the
CPU time in milliseconds of one check (best of up to 5 runs) at that many characters of input (text plus config
for the config kinds), with the ratio to the previous size; each run starts on a collected heap. Linear time doubles with the input (×2); the last
column is the ratio per doubling fitted over 80k and up, and the goal is ≤ ×${GOAL}. A kind stops growing once one
check takes more than 8 s.

${growthTable(growth)}

## Targets

| target | result |
|---|---|
| ≤ 10 ms warm for 10k characters | ${target(engine[10_000] <= 10)} ${engine[10_000].toFixed(1)} ms |
| ≤ 1 s for 1M characters, growing linearly | ${target(engine[1_000_000] <= 1000)} ${engine[1_000_000].toFixed(0)} ms (100k → 1M: ×${(engine[1_000_000] / engine[100_000]).toFixed(1)}) |
| at least autocorrect-node's throughput | ${target(comparable.every((n) => peers.autocorrect[n] >= engine[n]))} where it completes (${comparable.map((n) => n.toLocaleString('en')).join(', ')}); ${
  SIZES.filter((n) => peers.autocorrectError[n])
    .map((n) => `at ${n.toLocaleString('en')} it fails`)
    .join('') || 'it completes every size'
} |
| ≥ 10× zhlint's throughput | ${target(SIZES.every((n) => peers.zhlint[n] >= 10 * engine[n]))} |
| keystroke → diagnostics ≤ 50 ms p95 | ${target(lsp.p95 <= 50)} |
| first diagnostics ≤ 1 s after start | ${target(lsp.firstDiagnostics <= 1000)} |
| server RSS ≤ 100 MB after 60 keystrokes (10k report) | ${target(lsp.rssTyped <= 100)} ${lsp.rssTyped} MB |
| 100k-character report: keystroke → diagnostics p95 ≤ 30 ms | ${target(lspLarge.p95 <= 30)} ${lspLarge.p95.toFixed(1)} ms |
| CLI, one 10k-character report ≤ 150 ms end to end | ${target(cli[0].gongwen <= 150)} ${cli[0].gongwen.toFixed(0)} ms |
| CLI, 1M characters ≤ the AutoCorrect CLI | ${target(cli[1].gongwen <= cli[1].autocorrect)} ${cli[1].gongwen.toFixed(0)} vs ${cli[1].autocorrect.toFixed(0)} ms |
| folder of 1,000 reports: --jobs 2 ≥ ×1.7 over --jobs 1 | ${target(cli[3].scaling >= 1.7)} ×${cli[3].scaling.toFixed(2)} (two separate processes on this machine: ×${cli[4].scaling.toFixed(2)}) |
| every crafted input grows linearly (≤ ×${GOAL} per doubling) | ${target(linear.length === growth.length)} ${linear.length} of ${growth.length} |
`;
// Sections other benches write (## Accuracy on real reports, by bench/accuracy.mjs) or kept by hand stay.
const benchPath = path.join(ROOT, 'docs', 'benchmark.md');
const previous = fs.existsSync(benchPath) ? fs.readFileSync(benchPath, 'utf8') : '';
const own = new Set([...report.matchAll(/^## .*$/gm)].map((m) => m[0]));
const kept = previous.split(/^(?=## )/m).filter((s) => s.startsWith('## ') && !own.has(s.split('\n')[0]));
fs.writeFileSync(benchPath, [report.trimEnd(), ...kept.map((s) => s.trimEnd())].join('\n\n') + '\n');
console.log(report);
