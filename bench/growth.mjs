// Growth on crafted inputs: times check() on each kind of bench/crafted.mjs at sizes doubling from 10k
// to 1M characters and reports the ratio per doubling (linear ≈ 2×; the goal is ≤ 2.2×). A kind whose
// check passes the time budget stops growing. Run alone (`node bench/growth.mjs [kind-substring]`, after
// `npm run compile-tests`) or from bench/run.mjs, which puts the table into docs/benchmark.md.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { KINDS } from './crafted.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GROWTH_SIZES = [10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_280_000];
export const GOAL = 2.2;
const FIT_FROM = 80_000;

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time of this process in ms: unlike wall time it does not count other processes on a shared machine. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A full garbage collection on demand, without starting Node with --expose-gc. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

/**
 * The best of a few runs (fewer for slow sizes), in CPU time: the minimum is the least noisy estimate of
 * the work itself. Each run starts on a collected heap, so it does not pay for the garbage of the one
 * before (inputs with a finding every few characters leave hundreds of thousands of objects).
 */
function timeCheck(check, text, options) {
  const times = [];
  const started = process.hrtime.bigint();
  do {
    collectGarbage();
    const t = cpu();
    check(text, options);
    times.push(cpu() - t);
  } while (times.length < 5 && ms(started) < 1500);
  return Math.min(...times);
}

/** { kind, times: { [size]: ms }, ratios: number[], fitted } for every kind matching `filter`. */
export function measureGrowth({ filter = '', budgetMs = 8000, log = () => {} } = {}) {
  const { check, sharedSegmenter } = require(path.join(ROOT, 'out', 'engine'));
  sharedSegmenter();
  const rows = [];
  for (const [kind, make] of Object.entries(KINDS)) {
    if (!kind.includes(filter)) continue;
    const times = {};
    for (const n of GROWTH_SIZES) {
      const { text, options = {} } = make(n);
      const t = timeCheck(check, text, { referenceDate: '2026-11-23', ...options });
      times[n] = t;
      log(`${kind} ${n}: ${t.toFixed(1)} ms`);
      if (t > budgetMs) break;
    }
    const measured = GROWTH_SIZES.filter((n) => times[n] !== undefined);
    // Below ~2 ms timer noise and GC dominate; ratios start where there is work to measure.
    const ratios = measured.slice(1).map((n, i) => (times[measured[i]] >= 2 ? times[n] / times[measured[i]] : undefined));
    // The fit leaves out the small sizes, where fixed costs flatten the curve and would hide a steep tail.
    const tail = measured.filter((n) => n >= FIT_FROM && times[n] >= 2);
    rows.push({ kind, times, ratios, fitted: fittedRatio((tail.length >= 3 ? tail : measured).map((n) => [n, times[n]])) });
  }
  return rows;
}

/**
 * Time ratio per doubling of the input from a least-squares line through log(time) over log(size): one
 * noisy step (a GC pause, a busy neighbour) moves it little, a quadratic path moves it towards 4.
 */
function fittedRatio(points) {
  if (points.length < 3) return undefined;
  const xs = points.map(([n]) => Math.log2(n));
  const ys = points.map(([, t]) => Math.log2(t));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const slope = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return 2 ** slope;
}

/** The Markdown table for docs/benchmark.md. */
export function growthTable(rows) {
  const head = `| input kind | ${GROWTH_SIZES.map((n) => `${n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`}`).join(' | ')} | ratio per doubling (fitted) |`;
  const rule = `|---|${GROWTH_SIZES.map(() => '---:').join('|')}|---:|`;
  const cell = (row, n, i) => {
    const t = row.times[n];
    if (t === undefined) return '—';
    const ratio = i > 0 ? row.ratios[i - 1] : undefined;
    return `${t < 10 ? t.toFixed(1) : t.toFixed(0)}${ratio === undefined ? '' : ` (×${ratio.toFixed(2)})`}`;
  };
  const verdict = (row) => (row.fitted === undefined ? '—' : `${row.fitted <= GOAL ? '✔' : '✘'} ×${row.fitted.toFixed(2)}`);
  return [
    head,
    rule,
    ...rows.map((row) => `| ${row.kind} | ${GROWTH_SIZES.map((n, i) => cell(row, n, i)).join(' | ')} | ${verdict(row)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measureGrowth({ filter: process.argv[2] ?? '', log: (line) => console.error(line) });
  console.log(growthTable(rows));
}
