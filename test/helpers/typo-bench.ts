// The typo benchmark (test/corpus/typos, README.md there): recall and precision of the typo rule per kind on
// injected and real typos, and its findings per 10,000 characters of the clean corpus. Shared by
// `npm run bench:typos` (bench/typos.mjs) and the regression floor (test/unit/typo-bench.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check } from '../../engine';
import type { Finding } from '../../engine/types';
import { checkCorpusText, loadCleanCorpus } from './clean-corpus';

export const TYPO_DIR = path.resolve(__dirname, '../../../test/corpus/typos');
export const KINDS = ['homophone', 'shape', 'idiom', 'dropped', 'de-di-de'] as const;
export type Kind = (typeof KINDS)[number];

export interface TypoCase {
  kind: Kind;
  text: string;
  clean: string;
  wrong: string;
  right: string;
  source?: string;
  sentence?: 'quoted' | 'framed';
}
interface CorpusFile {
  cases: TypoCase[];
  extraClean?: string[];
}

const DATE = '2026-11-23';
/** The typo rule and the closed list it stands beside (misused-word holds 按步就班 and 布署, so typo leaves them). */
const RULES = new Set(['typo', 'misused-word']);
const typoFindings = (text: string): Finding[] => check(text, { referenceDate: DATE }).filter((f) => RULES.has(f.rule));

/** The kind a finding claims, from its message (engine/rules/typo.ts). */
export function kindOf(f: Finding): Kind {
  if (f.rule === 'misused-word') return 'homophone';
  if (f.message.includes('形近字')) return 'shape';
  if (f.message.includes('缺字')) return 'dropped';
  if (f.message.includes('成语')) return 'idiom';
  if (f.message.includes('同音字')) return 'homophone';
  return 'de-di-de';
}

export interface KindScore {
  kind: Kind;
  cases: number;
  found: number;
  falseAlarms: number;
  recall: number;
  precision: number;
}
export interface TypoBench {
  sets: { name: string; kinds: KindScore[]; total: KindScore }[];
  clean: { characters: number; warnings: number; infos: number; per10kWarnings: number; per10kAll: number; examples: string[] };
}

/**
 * A case is found when a finding covers the injected typo and its fix restores the clean sentence; any other
 * finding on the typo sentence, or any finding on a clean sentence, is a false alarm of the kind it claims.
 */
function score(file: CorpusFile): { kinds: KindScore[]; total: KindScore } {
  const found = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const alarms = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  for (const c of file.cases) {
    const at = c.text.indexOf(c.wrong);
    let hit = false;
    for (const f of typoFindings(c.text)) {
      const covers = f.offset <= at + c.wrong.length && at <= f.offset + f.length;
      if (!hit && covers && f.fixes[0] && applyEdits(c.text, f.fixes[0].edits).text === c.clean) hit = true;
      else alarms.set(kindOf(f), alarms.get(kindOf(f))! + 1);
    }
    if (hit) found.set(c.kind, found.get(c.kind)! + 1);
  }
  for (const sentence of new Set([...file.cases.map((c) => c.clean), ...(file.extraClean ?? [])])) {
    for (const f of typoFindings(sentence)) alarms.set(kindOf(f), alarms.get(kindOf(f))! + 1);
  }
  const entry = (kind: Kind, cases: number, hits: number, falseAlarms: number): KindScore => ({
    kind,
    cases,
    found: hits,
    falseAlarms,
    recall: cases ? hits / cases : 0,
    precision: hits + falseAlarms ? hits / (hits + falseAlarms) : 1,
  });
  const kinds = KINDS.map((k) => entry(k, file.cases.filter((c) => c.kind === k).length, found.get(k)!, alarms.get(k)!));
  const sum = (key: 'cases' | 'found' | 'falseAlarms') => kinds.reduce((n, k) => n + k[key], 0);
  return { kinds, total: entry('homophone', sum('cases'), sum('found'), sum('falseAlarms')) };
}

export function runTypoBench(): TypoBench {
  const sets = ['injected', 'real'].map((name) => ({
    name,
    ...score(JSON.parse(fs.readFileSync(path.join(TYPO_DIR, `${name}.json`), 'utf8')) as CorpusFile),
  }));
  let characters = 0;
  let warnings = 0;
  let infos = 0;
  const examples: string[] = [];
  for (const t of loadCleanCorpus()) {
    characters += t.text.length;
    for (const f of checkCorpusText(t).filter((x) => x.rule === 'typo')) {
      // misused-word has its own guard
      if (f.severity === 'info' || f.severity === 'hint') infos++;
      else warnings++;
      examples.push(
        `${t.file}: ${t.text.slice(Math.max(0, f.offset - 6), f.offset)}[${f.text}]${t.text.slice(f.offset + f.length, f.offset + f.length + 6)} ${f.message}`,
      );
    }
  }
  return {
    sets,
    clean: {
      characters,
      warnings,
      infos,
      per10kWarnings: (warnings / characters) * 10_000,
      per10kAll: ((warnings + infos) / characters) * 10_000,
      examples,
    },
  };
}
