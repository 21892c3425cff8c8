// The evaluation set (test/corpus/eval): real reports from public 机关 websites, each with a hand annotation of
// what a careful reviewer would mark. Shared by test/unit/eval-corpus.test.ts and `npm run bench:accuracy`, so
// the guard and the published figures are the same computation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../engine';
import type { Finding } from '../../engine/types';
import { loadCleanCorpus } from './clean-corpus';

export const EVAL_DIR = path.resolve(__dirname, '../../../test/corpus/eval');

/** Structure rules: they judge the whole document, so they are not scored on a truncated excerpt. */
export const STRUCTURE_RULES = new Set(['missing-section', 'closing', 'addressee', 'lead-in', 'section-order', 'document-date']);

export interface Mark {
  line: number;
  text: string;
  rule: string;
  note: string;
}
export interface Judged {
  rule: string;
  text: string;
  verdict: 'true' | 'false';
  note: string;
}
export interface EvalText {
  file: string;
  url: string;
  issuer: string;
  date: string;
  kind: string;
  /** False for an excerpt cut off by the source page: structure findings are not scored on it. */
  complete: boolean;
  edits: string;
  /** What a careful reviewer marks, read by hand. */
  marks: Mark[];
  /** Findings that match no mark, judged by hand (true: right though not marked; false: a false alarm). */
  judged: Judged[];
  text: string;
}

export function loadEvalCorpus(): EvalText[] {
  return fs
    .readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const a = JSON.parse(fs.readFileSync(path.join(EVAL_DIR, f), 'utf8')) as Omit<EvalText, 'text'>;
      return { ...a, text: fs.readFileSync(path.join(EVAL_DIR, a.file), 'utf8') };
    });
}

const scored = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

export interface ScoredFinding {
  file: string;
  rule: string;
  text: string;
  line: number;
  verdict: 'true' | 'false' | 'unjudged';
}

/** Every warning and error on the set, each matched to a mark (true) or a judgement; marks no finding of any severity matches. */
export function judgeFindings(texts: readonly EvalText[]): {
  findings: ScoredFinding[];
  missed: (Mark & { file: string })[];
  marks: number;
} {
  const findings: ScoredFinding[] = [];
  const missed: (Mark & { file: string })[] = [];
  let marks = 0;
  for (const t of texts) {
    const all = check(t.text, { referenceDate: t.date }).filter((f) => t.complete || !STRUCTURE_RULES.has(f.rule));
    const markOf = (f: Finding) =>
      t.marks.find((m) => m.rule === f.rule && m.line === f.range.start.line + 1 && (f.text.includes(m.text) || m.text.includes(f.text)));
    // Recall counts a mark found at any severity (an info finding is shown too); precision counts warnings and errors.
    const hit = new Set(all.map(markOf).filter((m): m is Mark => !!m));
    for (const f of all.filter(scored)) {
      const line = f.range.start.line + 1;
      const mark = markOf(f);
      const judged = t.judged.find((j) => j.rule === f.rule && j.text === f.text);
      findings.push({ file: t.file, rule: f.rule, text: f.text, line, verdict: mark ? 'true' : (judged?.verdict ?? 'unjudged') });
    }
    marks += t.marks.length;
    for (const m of t.marks) if (!hit.has(m)) missed.push({ ...m, file: t.file });
  }
  return { findings, missed, marks };
}

/** Precision on warnings and errors: findings that match a mark or are judged true. */
export function precision(findings: readonly ScoredFinding[]): number {
  return findings.length ? findings.filter((f) => f.verdict === 'true').length / findings.length : 1;
}

/** Per rule: marks found / marks (recall), and findings true / findings (precision). */
export function perRule(texts: readonly EvalText[]) {
  const { findings, missed } = judgeFindings(texts);
  const rules = new Map<string, { marks: number; found: number; findings: number; true: number }>();
  const row = (r: string) => rules.get(r) ?? rules.set(r, { marks: 0, found: 0, findings: 0, true: 0 }).get(r)!;
  for (const t of texts) for (const m of t.marks) row(m.rule).marks++;
  for (const v of rules.values()) v.found = v.marks;
  for (const m of missed) row(m.rule).found--;
  for (const f of findings) {
    row(f.rule).findings++;
    if (f.verdict === 'true') row(f.rule).true++;
  }
  return rules;
}

/**
 * Missing-part recall on real complete reports: every top-level part of each 政府工作报告 in the clean corpus and
 * of each complete evaluation text is cut out in turn, and the cut text must get a missing-section finding; the
 * uncut texts must get none. A cut counts when the part is one the kind requires (its heading names a required part's alias);
 * the uncut texts must get none (no false missing-part alarm on a complete report).
 */
const REPORT_TYPES = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/report-types.json'), 'utf8')) as {
  parts: Record<string, { aliases: string[] }>;
  types: { id: string; parts: { part: string; required: boolean }[] }[];
};
/** The aliases of the parts a 政府工作报告 requires (data/report-types.json). */
const REQUIRED_GOV_PARTS = REPORT_TYPES.types
  .find((t) => t.id === 'government-work-report')!
  .parts.filter((p) => p.required)
  .flatMap((p) => REPORT_TYPES.parts[p.part].aliases);

export function missingPartRecall(): { cuts: number; found: number; complete: number; falseAlarms: number; missedCuts: string[] } {
  const reports = [
    ...loadCleanCorpus()
      .filter((t) => t.kind === '政府工作报告')
      .map((t) => ({ file: t.file, date: t.date, text: t.text })),
    ...loadEvalCorpus()
      .filter((t) => t.complete)
      .map((t) => ({ file: t.file, date: t.date, text: t.text })),
  ];
  let cuts = 0;
  let found = 0;
  let falseAlarms = 0;
  const missedCuts: string[] = [];
  const missing = (text: string, date: string) => check(text, { referenceDate: date }).filter((f) => f.rule === 'missing-section');
  for (const r of reports) {
    falseAlarms += missing(r.text, r.date).length;
    const lines = r.text.split('\n');
    const tops = lines.map((l, i) => (/^[一二三四五六七八九十]+、/.test(l) ? i : -1)).filter((i) => i >= 0);
    for (let k = 0; k < tops.length; k++) {
      const from = tops[k];
      // Only a part the kind requires is "missing" when cut; optional parts (总体要求, 政府自身建设) may be absent.
      if (!REQUIRED_GOV_PARTS.some((a) => lines[from].includes(a))) continue;
      const to = k + 1 < tops.length ? tops[k + 1] : lines.findIndex((l, i) => i > from && /^(?:各位代表|特此报告)/.test(l));
      const cut = [...lines.slice(0, from), ...(to < 0 ? [] : lines.slice(to))].join('\n');
      cuts++;
      if (missing(cut, r.date).length) found++;
      else missedCuts.push(`${r.file}: ${lines[from].slice(0, 20)}`);
    }
  }
  return { cuts, found, complete: reports.length, falseAlarms, missedCuts };
}
