import generatedAnchors from '../data/generated/outdated-anchors.json';
import misusedData from '../data/misused-words.json';
import outdatedData from '../data/outdated-phrasing.json';
import reportTypesData from '../data/report-types.json';
import { LiteralIndex } from './literal-index';
import { DEFAULT_CATEGORY, OutdatedCategory } from './outdated-categories';
import { requiredAnchors } from './regex-anchors';
import { buildTypes, TypeSpec } from './report-types';
import type { MisusedEntry, OutdatedEntry, RawPart, RawType } from './schema';
import { packFixSafety } from './safe-fix';
import { builtinPattern, TextPattern, userPattern } from './text-pattern';

/** An outdated 提法 (data/outdated-phrasing.json, or a user pack's `outdatedPhrasing`) and a confusable word
 * (data/misused-words.json, or `misusedWords`): the formats are defined once, in schema.ts. */
export type { MisusedEntry, OutdatedEntry } from './schema';

/** What a `.gongwen.json` may add, in the same formats as the built-in data files. */
export interface UserPack {
  outdatedPhrasing?: OutdatedEntry[];
  misusedWords?: MisusedEntry[];
  parts?: Record<string, RawPart>;
  reportTypes?: RawType[];
  /** Words of the workspace (单位名、人名、地名) the typo rule never corrects. */
  words?: string[];
  /** The workspace's own groups of confusable characters (泾泾…), added to the typo rule's look-alikes. */
  typoConfusions?: string[];
}

/**
 * Literal forms are found by the literal index (fast); only `pattern` needs a regular expression, and
 * it is run only on texts that contain one of its anchors (regex-anchors.ts). Patterns of built-in
 * entries run on JS RegExp, a user pack's on RE2 (text-pattern.ts).
 */
export interface CompiledOutdated {
  entry: OutdatedEntry;
  literals: string[];
  pattern?: TextPattern;
  anchors: string[] | null;
  /** `near`: what the paragraph or the title must mention for a generic phrase (防控工作) to count. */
  near?: TextPattern;
}
export interface CompiledMisused {
  entry: MisusedEntry;
  after?: TextPattern;
  notAfter?: TextPattern;
  before?: TextPattern;
  notBefore?: TextPattern;
}

/** Where an entry comes from: built-in data (reviewed) or a user pack (untrusted patterns). */
export type EntryOrigin = 'builtin' | 'user';

/** The lists the rules read: the built-in data, with a user pack's entries added. */
export interface RuleData {
  outdated: CompiledOutdated[];
  /** The literal forms of `outdated`, by entry index. */
  outdatedLiterals: LiteralIndex;
  /** The anchors of `outdated` patterns, by entry index: one pass tells which patterns are worth running. */
  outdatedAnchors: LiteralIndex;
  misused: CompiledMisused[];
  /** The `wrong` forms of `misused`, by entry index. */
  misusedLiterals: LiteralIndex;
  types: TypeSpec[];
  /** The pack's `words` and `typoConfusions` (the typo rule's own data is data/typo.json). */
  words: readonly string[];
  typoConfusions: readonly string[];
}

function lists(outdated: CompiledOutdated[], misused: CompiledMisused[], types: TypeSpec[], pack: UserPack = {}): RuleData {
  return {
    outdated,
    outdatedLiterals: new LiteralIndex(outdated.map((o) => o.literals)),
    outdatedAnchors: new LiteralIndex(outdated.map((o) => (o.pattern && o.anchors) || [])),
    misused,
    misusedLiterals: new LiteralIndex(misused.map((m) => [m.entry.wrong])),
    types,
    words: pack.words ?? [],
    typoConfusions: pack.typoConfusions ?? [],
  };
}

/**
 * A pattern of an entry on the engine its origin calls for. A user pattern RE2 rejects was reported
 * by parseConfig and left out; should one reach here another way, the entry is dropped (undefined).
 */
function compilePattern(source: string, origin: EntryOrigin, suffix = ''): TextPattern | undefined {
  if (origin === 'builtin') return builtinPattern(source, suffix);
  const pattern = userPattern(source, suffix);
  return 'problem' in pattern ? undefined : pattern;
}

/** The built-in patterns' anchors, worked out at build time (scripts/outdated-anchors.ts; checked by the tests). */
const BUILT_ANCHORS: Readonly<Record<string, string[] | null>> = generatedAnchors.anchors;

function anchorsOf(pattern: string): string[] | null {
  return Object.hasOwn(BUILT_ANCHORS, pattern) ? BUILT_ANCHORS[pattern] : requiredAnchors(pattern);
}

export function compileOutdated(entry: OutdatedEntry, origin: EntryOrigin = 'builtin'): CompiledOutdated | undefined {
  const pattern = entry.pattern ? compilePattern(entry.pattern, origin) : undefined;
  if (entry.pattern && !pattern) return undefined;
  const near = entry.near ? compilePattern(entry.near, origin) : undefined;
  if (entry.near && !near) return undefined;
  return {
    entry,
    // Longest first so 新型冠状病毒肺炎 wins over a shorter form inside it.
    literals: [...(entry.old ?? [])].sort((a, b) => b.length - a.length),
    pattern,
    anchors: entry.pattern ? anchorsOf(entry.pattern) : null,
    near,
  };
}

/**
 * The current form to write for the old one `found` at `at` in `text`: `new`, with a pattern's groups filled
 * in ($1: 市政发[2026]3号 → 〔2026〕). The pattern's lookarounds see the whole text, as when it matched.
 */
export function replacementFor({ entry, pattern }: CompiledOutdated, text: string, at: number, found: string): string {
  return pattern && entry.new.includes('$') ? pattern.replaceAt(text, at, found, entry.new) : entry.new;
}

/** The entry's category; user entries that name none are formulations. */
export function outdatedCategory(entry: OutdatedEntry): OutdatedCategory {
  return entry.category ?? DEFAULT_CATEGORY;
}

/** The date from which `found` at `at` is outdated: `since`, or for a year span the 1 January after it ends. */
export function staleFrom({ entry, pattern }: CompiledOutdated, text: string, at: number, found: string): string {
  if (!entry.endYear || !pattern) return entry.since;
  const year = Number(pattern.replaceAt(text, at, found, entry.endYear));
  const from = `${year + 1}-01-01`;
  return Number.isInteger(year) && from > entry.since ? from : entry.since;
}

export function compileMisused(entry: MisusedEntry, origin: EntryOrigin = 'builtin'): CompiledMisused | undefined {
  const contexts = {
    after: entry.followedBy,
    notAfter: entry.notFollowedBy,
    before: entry.precededBy,
    notBefore: entry.notPrecededBy,
  };
  // A pack's "safe" is a claim: only a fix safe-fix.ts accepts is applied without a look.
  const unsafeClaim = origin === 'user' && entry.safe && !packFixSafety(entry.wrong, entry.right, entry.anywhere).safe;
  const compiled: CompiledMisused = { entry: unsafeClaim ? { ...entry, safe: false } : entry };
  for (const [key, source] of Object.entries(contexts) as [keyof typeof contexts, string | undefined][]) {
    if (!source) continue;
    const pattern = compilePattern(source, origin, key === 'before' || key === 'notBefore' ? '$' : '');
    if (!pattern) return undefined;
    compiled[key] = pattern;
  }
  return compiled;
}

const builtinParts = reportTypesData.parts as Record<string, RawPart>;
const builtin: RuleData = lists(
  (outdatedData.entries as OutdatedEntry[]).map((e) => compileOutdated(e)!),
  (misusedData.entries as MisusedEntry[]).map((e) => compileMisused(e)!),
  buildTypes(builtinParts, reportTypesData.types as unknown as RawType[]),
);
const withPacks = new WeakMap<UserPack, RuleData>();

/** Built-in data, plus the pack's entries (its report types take precedence in detection). */
export function ruleData(pack?: UserPack): RuleData {
  if (!pack) return builtin;
  let data = withPacks.get(pack);
  if (!data) {
    data = lists(
      [...builtin.outdated, ...present((pack.outdatedPhrasing ?? []).map((e) => compileOutdated(e, 'user')))],
      [...builtin.misused, ...present((pack.misusedWords ?? []).map((e) => compileMisused(e, 'user')))],
      pack.reportTypes || pack.parts
        ? [...buildTypes({ ...builtinParts, ...pack.parts }, pack.reportTypes ?? []), ...builtin.types]
        : builtin.types,
      pack,
    );
    withPacks.set(pack, data);
  }
  return data;
}

function present<T>(list: (T | undefined)[]): T[] {
  return list.filter((x): x is T => x !== undefined);
}

/**
 * The version of the built-in rule data, for reports and views: the newest date any entry carries (since or
 * added) and how many entries there are, so two reports judged with different data say so.
 */
export function dataVersion(): { date: string; entries: number; label: string } {
  const dates = [...builtin.outdated.map((o) => o.entry.added ?? o.entry.since), ...builtin.misused.map((m) => m.entry.added ?? '')];
  const date = dates.reduce((a, b) => (b > a ? b : a), '');
  const entries = builtin.outdated.length + builtin.misused.length;
  return { date, entries, label: `${date}（${builtin.outdated.length} 条提法、${builtin.misused.length} 条易错词）` };
}
