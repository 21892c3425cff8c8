// npm run bench:typos — the typo rule's recall and precision per kind on test/corpus/typos (injected and real
// typos) and its findings per 10,000 characters of test/corpus/clean; `--write` puts the table in docs/benchmark.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runTypoBench } = require(path.join(ROOT, 'out', 'test', 'helpers', 'typo-bench'));

const KIND_ZH = { homophone: '同音字', shape: '形近字', idiom: '成语用字', dropped: '缺字', 'de-di-de': '的/地/得' };
const pct = (x) => `${(x * 100).toFixed(0)} %`;
const started = process.hrtime.bigint();
const bench = runTypoBench();
const rows = [];
for (const set of bench.sets) {
  for (const k of [...set.kinds, { ...set.total, kind: 'total' }]) {
    if (!k.cases && k.kind !== 'total') continue;
    rows.push(
      `| ${set.name} | ${KIND_ZH[k.kind] ?? '**all**'} | ${k.cases} | ${k.found} | ${k.falseAlarms} | ${pct(k.recall)} | ${pct(k.precision)} |`,
    );
  }
}
const c = bench.clean;
// The markers sit inside the section (after its heading): the other benches rewrite docs/benchmark.md section by
// section (## headings), and a marker before the heading would end up in, and be dropped with, the section above.
const section = [
  '## Typo detection (`typo` rule)',
  '<!-- typos -->',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:typos\` (bench/typos.mjs, test/helpers/typo-bench.ts). Corpus: test/corpus/typos`,
  '(injected.json: sentences written for it with one injected typo each, and clean sentences; real.json: typos found in',
  'public texts, each with its source; see the README there). A case counts as found when a finding covers the typo and its',
  'fix restores the right text; every other finding on a case or on a clean sentence is a false alarm.',
  '',
  '| set | kind | cases | found | false alarms | recall | precision |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Clean corpus (test/corpus/clean, ${c.characters.toLocaleString('en')} characters of published official text): ${c.warnings} warnings`,
  `(${c.per10kWarnings.toFixed(2)} per 10,000 characters) and ${c.infos} info findings (${c.per10kAll.toFixed(2)} per 10,000 characters in all).`,
  '<!-- /typos -->',
].join('\n');
console.log(section);
if (c.examples.length) console.log('\nOn the clean corpus:\n' + c.examples.join('\n'));
console.log(`\n(${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
if (process.argv.includes('--write')) {
  const file = path.join(ROOT, 'docs', 'benchmark.md');
  const doc = fs.readFileSync(file, 'utf8');
  const own = /(?:## Typo detection \(`typo` rule\)\n)?<!-- typos -->[\s\S]*<!-- \/typos -->/;
  const next = own.test(doc) ? doc.replace(own, section) : `${doc.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
