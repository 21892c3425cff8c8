/** Shared types of the Gongwen engine. Offsets and characters are UTF-16 code units, as in LSP. */

/** Severities, most serious first; a setting may also switch a rule off. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export const SEVERITY_SETTINGS = [...SEVERITIES, 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of `length` code units at `offset`. */
export interface Edit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** Safe fixes are mechanical and may be applied without a person reading them. */
  safe: boolean;
  edits: Edit[];
  /** How many findings the fix stands for when it groups many (本文有 30 处半角逗号); 1 when absent. */
  count?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  range: Range;
  /** The text the finding covers. */
  text: string;
  fixes: Fix[];
  /** Review category: the data entry's (entry.category), else the rule's. check() always sets it. */
  category?: import('./review-categories').ReviewCategoryId;
  /** The data entry (data/*.json or the user's pack) the finding comes from, for explanations and reports. */
  entry?: FindingEntry;
  /** The other places the finding compares with (the first 年月日 date, the chapter written the other way). */
  related?: { range: Range; message: string }[];
}

/** Where a finding's knowledge comes from: a data entry's id, source, date and reason. */
export interface FindingEntry {
  id: string;
  source: string;
  /** YYYY-MM-DD: since when the entry applies (outdated 提法) or when it was added. */
  date?: string;
  reason?: string;
  /** The entry's own review category when it differs from its rule's (a political typo among outdated 提法). */
  category?: import('./review-categories').ReviewCategoryId;
}

/** What a rule reports; the engine adds rule id, severity, range and text. */
export interface Report {
  offset: number;
  length: number;
  message: string;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this finding (e.g. a hint-level variant). */
  severity?: Severity;
  /** The data entry behind the finding (its category, when set, overrides the rule's). */
  entry?: FindingEntry;
  /** Other places the finding compares with, as offsets; the engine adds their ranges. */
  related?: { offset: number; length: number; message: string }[];
}

export interface Token {
  text: string;
  offset: number;
}

export interface Segmenter {
  readonly name: string;
  /** Pieces that concatenate to `text`. `hmm: false` keeps unknown runs as single characters. */
  cut(text: string, hmm?: boolean): string[];
}

export type Language = 'plaintext' | 'markdown';
