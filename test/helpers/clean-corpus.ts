// The clean corpus (test/corpus/clean): professionally edited public official texts with their dates, the
// findings Gongwen is allowed to raise on them, and the false alarms still waiting for a fix. Shared by the
// precision guard (test/unit/clean-corpus.test.ts) and `npm run bench:accuracy` so both judge the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fixAllEdits } from '../../engine';
import type { CheckOptions } from '../../engine';
import type { Finding } from '../../engine/types';

export const CLEAN_DIR = path.resolve(__dirname, '../../../test/corpus/clean');
/** Warnings and errors allowed per 10,000 characters of clean text (issue 12, part 2). */
export const BUDGET_PER_10K = 1;

export interface CorpusText {
  file: string;
  title: string;
  issuer: string;
  /** YYYY-MM-DD: the day the text was delivered or adopted; it is checked as of that day. */
  date: string;
  kind: string;
  characters: number;
  text: string;
}

/** One finding listed by hand: `text` is the exact span; identical entries stand for repeated findings. */
export interface ListedFinding {
  file: string;
  rule: string;
  text: string;
}
export interface AllowedFinding extends ListedFinding {
  reason: string;
}
export interface KnownFalse extends ListedFinding {
  cause: string;
  owner: string;
}
export interface KnownFalseFile {
  /** Warnings and errors on clean text that are wrong. */
  findings: KnownFalse[];
  /** Findings (any severity) whose safe fix would change clean text. */
  unsafeFixes: KnownFalse[];
}

const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(CLEAN_DIR, name), 'utf8')) as T;

export function loadCleanCorpus(): CorpusText[] {
  const manifest = readJson<{ texts: Omit<CorpusText, 'text'>[] }>('manifest.json');
  return manifest.texts.map((t) => ({ ...t, text: fs.readFileSync(path.join(CLEAN_DIR, t.file), 'utf8') }));
}
export const loadAllowed = (): AllowedFinding[] => readJson<{ findings: AllowedFinding[] }>('allow.json').findings;
export const loadKnownFalse = (): KnownFalseFile => readJson<KnownFalseFile>('known-false.json');

/** Archive mode: a published text is judged as of its own date, not today. */
export const archiveOptions = (date: string): CheckOptions => ({ referenceDate: date });

export const isScored = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

export function checkCorpusText(t: CorpusText): Finding[] {
  return check(t.text, archiveOptions(t.date));
}

/** The findings whose safe fixes one fix-all round would apply. */
export function safeFixed(findings: readonly Finding[]): Finding[] {
  const applied = new Set(fixAllEdits(findings).edits);
  return findings.filter((f) => f.fixes.find((x) => x.safe)?.edits.some((e) => applied.has(e)));
}

const keyOf = (f: ListedFinding) => JSON.stringify([f.file, f.rule, f.text]);

/**
 * Compares what the engine raised with what the lists say, as multisets of (file, rule, text):
 * `unlisted` were raised but are on no list, `stale` are listed but no longer raised.
 */
export function compareWithLists(
  raised: readonly ListedFinding[],
  listed: readonly ListedFinding[],
): { unlisted: ListedFinding[]; stale: ListedFinding[] } {
  const remaining = new Map<string, ListedFinding[]>();
  for (const l of listed) remaining.set(keyOf(l), [...(remaining.get(keyOf(l)) ?? []), l]);
  const unlisted: ListedFinding[] = [];
  for (const r of raised) {
    const left = remaining.get(keyOf(r));
    if (left?.length) left.pop();
    else unlisted.push(r);
  }
  return { unlisted, stale: [...remaining.values()].flat() };
}

export const asListed = (file: string, f: Finding): ListedFinding => ({ file, rule: f.rule, text: f.text });
