// npm run bench:accuracy — how often Gongwen is right, written to docs/accuracy.md (linked from docs/benchmark.md,
// which `npm run bench` writes). Precision on the clean corpus (test/corpus/clean): every finding per rule and
// severity on professionally edited official text, each text checked at its own date, against the budget of the
// precision guard and the lists it enforces (allow.json, known-false.json). Uses the compiled test helpers, so it
// judges exactly as test/unit/clean-corpus.test.ts does.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = require(path.join(ROOT, 'out', 'test', 'helpers', 'clean-corpus.js'));
const evalSet = require(path.join(ROOT, 'out', 'test', 'helpers', 'eval-corpus.js'));

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const texts = corpus.loadCleanCorpus();
const knownFalse = corpus.loadKnownFalse();
const allowed = corpus.loadAllowed();
const characters = texts.reduce((n, t) => n + t.text.length, 0);
const years = (kind) => [...new Set(texts.filter((t) => t.kind === kind).map((t) => t.date.slice(0, 4)))].sort().join('、');
const kinds = [...new Set(texts.map((t) => t.kind))]
  .map((kind) => `${kind} ×${texts.filter((t) => t.kind === kind).length} (${years(kind)})`)
  .join(', ');
const per10k = (n) => ((n * 10_000) / characters).toFixed(2);

const byRule = new Map();
const count = (rule, key) => {
  const row = byRule.get(rule) ?? { error: 0, warning: 0, info: 0, hint: 0, knownFalse: 0, allowed: 0 };
  row[key]++;
  byRule.set(rule, row);
};
const perText = [];
for (const t of texts) {
  const findings = corpus.checkCorpusText(t);
  for (const f of findings) count(f.rule, f.severity);
  perText.push({ t, scored: findings.filter(corpus.isScored).length });
}
for (const k of knownFalse.findings) count(k.rule, 'knownFalse');
for (const a of allowed) count(a.rule, 'allowed');

const scored = [...byRule.values()].reduce((n, r) => n + r.error + r.warning, 0);
const trueScored = scored - knownFalse.findings.length;
const budget = corpus.BUDGET_PER_10K;
const met = (n) => (n * 10_000 <= budget * characters ? 'met' : '**not met**');
const owners = new Map();
// Owners are named first ("layouts (issue 12.4)"): group by the name.
for (const k of [...knownFalse.findings, ...knownFalse.unsafeFixes]) {
  const owner = k.owner.split(' ')[0];
  owners.set(owner, (owners.get(owner) ?? 0) + 1);
}

const ruleRows = [...byRule.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(
    ([rule, r]) =>
      `| ${rule} | ${SEVERITIES.map((s) => r[s]).join(' | ')} | ${per10k(r.error + r.warning)} | ${r.allowed} | ${r.knownFalse} |`,
  );
const textRows = perText.map(
  ({ t, scored: n }) =>
    `| ${t.file} | ${t.kind} | ${t.date} | ${t.text.length.toLocaleString('en')} | ${n} | ${((n * 10_000) / t.text.length).toFixed(1)} |`,
);

const section = `# Accuracy

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:accuracy\` (bench/accuracy.mjs); the speed
figures are in [benchmark.md](benchmark.md).

## Precision on clean official text

${texts.length} professionally edited public texts, ${characters.toLocaleString('en')} characters
(test/corpus/clean/manifest.json: ${kinds}). Each is checked as of its own date (archive mode), so what was
current then is right.
Every warning and error here is either listed as true in test/corpus/clean/allow.json or as a known false alarm
in test/corpus/clean/known-false.json; test/unit/clean-corpus.test.ts fails on anything else.

| figure | value |
|---|---:|
| warnings + errors | ${scored} (${per10k(scored)} per 10,000 characters) |
| of which true (allow.json) | ${allowed.length} |
| of which known false alarms (known-false.json) | ${knownFalse.findings.length} |
| budget: warnings + errors per 10,000 characters | ${budget} |
| budget on all warnings + errors | ${met(scored)} |
| budget on true warnings + errors (what the test enforces while false alarms are listed) | ${met(trueScored)} |
| safe fixes that would change clean text (known-false.json unsafeFixes) | ${knownFalse.unsafeFixes.length} |

Findings by rule and severity (all severities; per 10k counts warnings + errors):

| rule | error | warning | info | hint | per 10k | true | known false |
|---|---:|---:|---:|---:|---:|---:|---:|
${ruleRows.join('\n')}

By text (warnings + errors):

| file | kind | date | characters | findings | per 10k |
|---|---|---|---:|---:|---:|
${textRows.join('\n')}

Open false alarms and unsafe fixes by the helper who owns the rule (causes in known-false.json):

| owner | entries |
|---|---:|
${[...owners.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([o, n]) => `| ${o} | ${n} |`)
  .join('\n')}
`;

// Real reports (test/corpus/eval): precision and recall against hand annotations, missing-part recall on cut reports.
const evalTexts = evalSet.loadEvalCorpus();
const judged = evalSet.judgeFindings(evalTexts);
const trueCount = judged.findings.filter((f) => f.verdict === 'true').length;
const parts = evalSet.missingPartRecall();
const pct = (a, b) => (b ? `${Math.round((a * 100) / b)} %` : '—');
const evalChars = evalTexts.reduce((n, t) => n + t.text.length, 0);
const ruleRowsEval = [...evalSet.perRule(evalTexts).entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([rule, r]) => `| ${rule} | ${r.found}/${r.marks} | ${r.true}/${r.findings} |`);
const textRowsEval = evalTexts.map(
  (t) => `| ${t.file} | ${t.kind} | ${t.date} | ${t.complete ? 'complete' : 'excerpt'} | ${t.marks.length} |`,
);
const realReports = `## Accuracy on real reports

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:accuracy\` on the evaluation set test/corpus/eval:
${evalTexts.length} real reports published on 机关 websites (${evalChars.toLocaleString('en')} characters; source URL, date and
edits in each text's .json), each checked as of its own date and annotated by hand with what a careful reviewer
marks (stale 提法, missing parts, numbering, placeholders, typos, dates). Most are page excerpts, cut off where the
source page's excerpt ends: on those, structure rules (${[...evalSet.STRUCTURE_RULES].join(', ')}) are not scored.
test/unit/eval-corpus.test.ts guards the goals below.

| figure | value | goal |
|---|---:|---:|
| precision: warnings + errors that match a mark or are judged true | ${trueCount}/${judged.findings.length} (${pct(trueCount, judged.findings.length)}) | ≥ 95 % |
| recall: marks found by a finding of any severity | ${judged.marks - judged.missed.length}/${judged.marks} (${pct(judged.marks - judged.missed.length, judged.marks)}) | — |
| missing-part recall: required parts cut from complete real reports | ${parts.found}/${parts.cuts} (${pct(parts.found, parts.cuts)}) | ≥ 80 % |
| false missing-part alarms on ${parts.complete} complete real reports | ${parts.falseAlarms} | 0 |

Missing-part recall cuts each top-level part a kind requires (for a 政府工作报告: 工作回顾) out of every complete
report (the 政府工作报告 of the clean corpus and the complete texts here) and asks for a missing-section finding;
the uncut reports must get none.

By rule (marks found / marks; true findings / findings):

| rule | recall | precision |
|---|---:|---:|
${ruleRowsEval.join('\n')}

Marks no rule finds yet: ${judged.missed.map((m) => `${m.file.replace(/\.txt$/, '')}:${m.line} “${m.text}” (${m.rule})`).join('; ') || 'none'}.

| text | kind | date | layout | marks |
|---|---|---|---|---:|
${textRowsEval.join('\n')}
`;

fs.writeFileSync(path.join(ROOT, 'docs', 'accuracy.md'), `${section}\n${realReports}`);
// docs/benchmark.md (written by bench/run.mjs) carries the same section; replace it there, or add it at the end.
const benchPath = path.join(ROOT, 'docs', 'benchmark.md');
const bench = fs.readFileSync(benchPath, 'utf8');
const at = bench.indexOf('## Accuracy on real reports');
const next = at < 0 ? -1 : bench.indexOf('\n## ', at + 1);
fs.writeFileSync(
  benchPath,
  at < 0 ? `${bench.trimEnd()}\n\n${realReports}` : `${bench.slice(0, at)}${realReports}${next < 0 ? '' : bench.slice(next)}`,
);
console.log(
  `real reports: precision ${trueCount}/${judged.findings.length}, marks ${judged.marks - judged.missed.length}/${judged.marks}, missing parts ${parts.found}/${parts.cuts}, ${parts.falseAlarms} false alarms`,
);
console.log(
  `docs/accuracy.md: ${scored} warnings+errors on ${characters} characters (${per10k(scored)} per 10k), ${knownFalse.findings.length} known false`,
);
