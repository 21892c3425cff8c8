import data from '../../data/formulations.json';
import { LiteralIndex } from '../literal-index';
import type { FormulationEntry } from '../schema';
import type { Severity } from '../types';

/**
 * data/formulations.json compiled once for the formulation rule, the hover card and completion: literal
 * indexes (one pass over the text each, engine/literal-index.ts) for the known wrong forms, the items of
 * item lists and the acceptable variants, and the names a list must follow or precede to be "that" list.
 */
export const FORMULATIONS: readonly FormulationEntry[] = data.entries as FormulationEntry[];

export type FormulationError = NonNullable<FormulationEntry['errors']>[number];

/** A wrong form as it is matched: with its quotes, or without them (坚定“四个意识” and 坚定四个意识). */
export interface WrongForm {
  entry: FormulationEntry;
  error: FormulationError;
  wrong: string;
  right: string;
}

/** What a phrase of the rule's index stands for: a wrong form, an entry's items (and wrong items), or its variants. */
export type PhraseOwner = { kind: 'wrong'; form: WrongForm } | { kind: 'items'; entry: number } | { kind: 'variants'; entry: number };

export interface CompiledFormulations {
  /** The rule's one pass over the text: every wrong form, item and variant, owner i = owners[i]. */
  index: LiteralIndex;
  owners: PhraseOwner[];
  /** owner = entry index: what hover recognises (names, triggers, canonical and completion text, wrong forms, variants) */
  hoverIndex: LiteralIndex;
  /** Per entry: its names without quotes (a trigger with no 顿号 is a name). */
  labels: string[][];
}

let compiled: CompiledFormulations | undefined;

export function compiledFormulations(): CompiledFormulations {
  return (compiled ??= compile(FORMULATIONS));
}

function compile(entries: readonly FormulationEntry[]): CompiledFormulations {
  const wrongForms: WrongForm[] = [];
  for (const entry of entries) {
    for (const error of entry.errors ?? []) {
      wrongForms.push({ entry, error, wrong: error.wrong, right: error.right });
      // Inside a quotation (‘四个意识’) and without quotes too, unless the quotes are the error (中央“八项规定”).
      if (!/[“”]/.test(error.wrong)) continue;
      wrongForms.push({ entry, error, wrong: singleQuoted(error.wrong), right: singleQuoted(error.right) });
      if (unquote(error.wrong) !== unquote(error.right))
        wrongForms.push({ entry, error, wrong: unquote(error.wrong), right: unquote(error.right) });
    }
  }
  const owners: PhraseOwner[] = [
    ...wrongForms.map((form) => ({ kind: 'wrong' as const, form })),
    ...entries.map((_, entry) => ({ kind: 'items' as const, entry })),
    ...entries.map((_, entry) => ({ kind: 'variants' as const, entry })),
  ];
  const phrases = owners.map((o) =>
    o.kind === 'wrong'
      ? [o.form.wrong]
      : o.kind === 'items'
        ? [...(entries[o.entry].items ?? []), ...(entries[o.entry].wrongItems ?? []).map((w) => w.wrong)]
        : (entries[o.entry].variants ?? []),
  );
  return {
    index: new LiteralIndex(phrases),
    owners,
    hoverIndex: new LiteralIndex(
      entries.map((e) =>
        withUnquoted([
          e.name,
          e.text,
          e.canonical,
          ...(e.items?.length ? [canonicalList(e)] : []),
          ...(e.triggers ?? []),
          ...(e.variants ?? []),
          ...(e.errors ?? []).map((x) => x.wrong),
        ]),
      ),
    ),
    labels: entries.map((e) => [...new Set([e.name, ...(e.triggers ?? [])].filter((t) => !t.includes('、')).map(unquote))]),
  };
}

export function unquote(text: string): string {
  return text.replace(/[“”]/g, '');
}

/** Double quotes as single ones, as inside a quotation (“坚定‘四个意识’”). */
export function singleQuoted(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

function withUnquoted(phrases: string[]): string[] {
  return [...new Set(phrases.flatMap((p) => [p, unquote(p)]))];
}

/**
 * The precision-first severity: `error` only for a confirmed entry with a closed item list (政治性差错), a
 * confirmed entry without one is a warning, anything less sure a hint to look (info).
 */
export function formulationSeverity(entry: FormulationEntry, confidence = entry.confidence): Severity {
  if (confidence !== 'confirmed') return 'info';
  return entry.items?.length ? 'error' : 'warning';
}

/** The canonical wording of an entry's item list. */
export function canonicalList(entry: FormulationEntry): string {
  return entry.list ?? (entry.items ?? []).join('、');
}

/** A recognised formulation at an offset of the text, for the hover card. */
export interface FormulationHit {
  entry: FormulationEntry;
  offset: number;
  length: number;
}

/** How far from the cursor a formulation may begin (the longest phrase hover knows is shorter). */
const HOVER_REACH = 120;

/**
 * The formulation whose name, trigger, canonical text, known wrong form or variant covers `offset` (the longest
 * when several do), looking only at a window around the cursor. Pure: the server's hover calls it.
 */
export function formulationAt(text: string, offset: number): FormulationHit | undefined {
  const from = Math.max(0, offset - HOVER_REACH);
  const window = text.slice(from, Math.min(text.length, offset + HOVER_REACH));
  let best: FormulationHit | undefined;
  for (const [owner, places] of compiledFormulations().hoverIndex.find(window)) {
    for (const [at, phrase] of places) {
      const start = from + at;
      if (start <= offset && offset <= start + phrase.length && (!best || phrase.length > best.length)) {
        best = { entry: FORMULATIONS[owner], offset: start, length: phrase.length };
      }
    }
  }
  return best;
}
