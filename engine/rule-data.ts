import misusedData from '../data/misused-words.json';
import outdatedData from '../data/outdated-phrasing.json';
import reportTypesData from '../data/report-types.json';
import { LiteralIndex } from './literal-index';
import { requiredAnchors } from './regex-anchors';
import { buildTypes, RawPart, RawType, TypeSpec } from './report-types';
import type { Severity } from './types';

/** An outdated 提法 (data/outdated-phrasing.json, or a user pack's `outdatedPhrasing`). */
export interface OutdatedEntry {
  id: string;
  old?: string[];
  pattern?: string;
  new: string;
  replace?: boolean;
  notInside?: string[];
  since: string;
  until?: string;
  /** current: only when spoken of as today's or future work, not in a sentence about the past. */
  context?: 'current';
  /** A style hint rather than an error (亲自, 隆重召开). */
  severity?: Severity;
  reason: string;
  source: string;
  examples?: { bad: string[]; good: string[] };
}

/** A confusable word (data/misused-words.json, or a user pack's `misusedWords`). */
export interface MisusedEntry {
  id: string;
  wrong: string;
  right: string;
  safe: boolean;
  severity?: Severity;
  followedBy?: string;
  notFollowedBy?: string;
  precededBy?: string;
  notPrecededBy?: string;
  /** A typo no correct word contains: matched without the word-boundary check. */
  anywhere?: boolean;
  reason: string;
  source: string;
  examples?: { bad: string[]; good: string[] };
}

/** What a `.gongwen.json` may add, in the same formats as the built-in data files. */
export interface UserPack {
  outdatedPhrasing?: OutdatedEntry[];
  misusedWords?: MisusedEntry[];
  parts?: Record<string, RawPart>;
  reportTypes?: RawType[];
}

/**
 * Literal forms are found by the literal index (fast); only `pattern` needs a regular expression, and
 * it is run only on texts that contain one of its anchors (regex-anchors.ts).
 */
export interface CompiledOutdated { entry: OutdatedEntry; literals: string[]; regex?: RegExp; anchors: string[] | null }
export interface CompiledMisused {
  entry: MisusedEntry;
  after?: RegExp;
  notAfter?: RegExp;
  before?: RegExp;
  notBefore?: RegExp;
}

/** The lists the rules read: the built-in data, with a user pack's entries added. */
export interface RuleData {
  outdated: CompiledOutdated[];
  /** The literal forms of `outdated`, by entry index. */
  outdatedLiterals: LiteralIndex;
  misused: CompiledMisused[];
  /** The `wrong` forms of `misused`, by entry index. */
  misusedLiterals: LiteralIndex;
  types: TypeSpec[];
}

function lists(outdated: CompiledOutdated[], misused: CompiledMisused[], types: TypeSpec[]): RuleData {
  return {
    outdated,
    outdatedLiterals: new LiteralIndex(outdated.map((o) => o.literals)),
    misused,
    misusedLiterals: new LiteralIndex(misused.map((m) => [m.entry.wrong])),
    types,
  };
}

export function compileOutdated(entry: OutdatedEntry): CompiledOutdated {
  return {
    entry,
    // Longest first so 新型冠状病毒肺炎 wins over a shorter form inside it.
    literals: [...(entry.old ?? [])].sort((a, b) => b.length - a.length),
    regex: entry.pattern ? new RegExp(entry.pattern, 'gu') : undefined,
    anchors: entry.pattern ? requiredAnchors(entry.pattern) : null,
  };
}

/** The current form to write for a matched old one: `new`, with a pattern's groups filled in ($1). */
export function replacementFor(entry: OutdatedEntry, found: string): string {
  return entry.pattern && entry.new.includes('$') ? found.replace(new RegExp(entry.pattern, 'u'), entry.new) : entry.new;
}

export function compileMisused(entry: MisusedEntry): CompiledMisused {
  const re = (source: string | undefined, suffix = '') => (source ? new RegExp(`(?:${source})${suffix}`, 'u') : undefined);
  return {
    entry,
    after: re(entry.followedBy),
    notAfter: re(entry.notFollowedBy),
    before: re(entry.precededBy, '$'),
    notBefore: re(entry.notPrecededBy, '$'),
  };
}

const builtinParts = reportTypesData.parts as Record<string, RawPart>;
const builtin: RuleData = lists(
  (outdatedData.entries as OutdatedEntry[]).map(compileOutdated),
  (misusedData.entries as MisusedEntry[]).map(compileMisused),
  buildTypes(builtinParts, reportTypesData.types as RawType[]),
);
const withPacks = new WeakMap<UserPack, RuleData>();

/** Built-in data, plus the pack's entries (its report types take precedence in detection). */
export function ruleData(pack?: UserPack): RuleData {
  if (!pack) return builtin;
  let data = withPacks.get(pack);
  if (!data) {
    data = lists(
      [...builtin.outdated, ...(pack.outdatedPhrasing ?? []).map(compileOutdated)],
      [...builtin.misused, ...(pack.misusedWords ?? []).map(compileMisused)],
      pack.reportTypes || pack.parts
        ? [...buildTypes({ ...builtinParts, ...pack.parts }, pack.reportTypes ?? []), ...builtin.types]
        : builtin.types,
    );
    withPacks.set(pack, data);
  }
  return data;
}
