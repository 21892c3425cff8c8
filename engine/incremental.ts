import { headingTimeReading } from './described-period';
import { diffEdit } from './fixes';
import type { ReportModel } from './model';
import type { CheckOptions } from './options';
import type { Span } from './paragraphs';
import type { Report } from './types';

/**
 * What a check leaves for the check of the document's next version: an editor re-checks after every
 * pause in typing, and in a long report most of the time went to rules whose findings in the paragraphs
 * not typed in cannot have changed (Rule.scope = 'paragraph').
 */
export interface CheckMemo {
  model: ReportModel;
  options: CheckOptions;
  referenceDate: string;
  /** The reports of each paragraph-scoped rule, in the previous version's offsets. */
  runs: Map<string, readonly Report[]>;
}

/** The one paragraph an edit changed: [start, before) in the previous version is [start, after) in this one. */
export interface ParagraphEdit {
  paragraph: Span;
  before: number;
  delta: number;
}

/**
 * The paragraph an edit from `memo`'s version to `model` stays inside, or undefined when more changed than
 * one paragraph's text: the options or reference date, any other paragraph's text or prose, the paragraphs
 * themselves, or the structure beyond offsets (a heading, title, 落款 or series typed in changes it).
 */
export function paragraphEdit(
  memo: CheckMemo | undefined,
  model: ReportModel,
  options: CheckOptions,
  referenceDate: string,
): ParagraphEdit | undefined {
  const old = memo?.model;
  if (!old || old.language !== model.language || memo.referenceDate !== referenceDate || !sameOptions(memo.options, options))
    return undefined;
  const change = diffEdit(old.text, model.text);
  if (!change) return undefined;
  const delta = change.newText.length - change.length;
  const oldParagraphs = old.paragraphs();
  const newParagraphs = model.paragraphs();
  if (oldParagraphs.length !== newParagraphs.length) return undefined;
  const changedEnd = change.offset + change.newText.length;
  const index = newParagraphs.findIndex((p) => p.start <= change.offset && changedEnd <= p.end);
  if (index < 0) return undefined;
  // Before the edited paragraph nothing moved; after it, both ends moved by the edit's length; it, its end.
  for (let i = 0; i < newParagraphs.length; i++) {
    const o = oldParagraphs[i];
    const n = newParagraphs[i];
    if (o.start + (i > index ? delta : 0) !== n.start || o.end + (i >= index ? delta : 0) !== n.end) return undefined;
  }
  const paragraph = newParagraphs[index];
  const before = oldParagraphs[index].end;
  // Markdown or a marker comment can make the same characters different prose elsewhere (a fence typed in).
  if (old.prose.slice(0, paragraph.start) !== model.prose.slice(0, paragraph.start)) return undefined;
  if (old.prose.slice(before) !== model.prose.slice(paragraph.end)) return undefined;
  if (!sameStructure(old.structure(), model.structure(), referenceDate)) return undefined;
  return { paragraph, before, delta };
}

/** The reports a paragraph-scoped rule made in the previous version outside the edited paragraph, moved to this one. */
export function keptReports(reports: readonly Report[], edit: ParagraphEdit): Report[] {
  const kept: Report[] = [];
  for (const r of reports) {
    if (r.offset < edit.paragraph.start) kept.push(r);
    else if (r.offset > edit.before) kept.push(movedReport(r, edit.delta));
  }
  return kept;
}

/** The report `by` characters further on: its offset, its fixes' edits and its related places. */
export function movedReport(report: Report, by: number): Report {
  if (!by) return report;
  const moved: Report = { ...report, offset: report.offset + by };
  if (report.fixes) moved.fixes = report.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  if (report.related) moved.related = report.related.map((r) => ({ ...r, offset: r.offset + by }));
  return moved;
}

/**
 * Whether two structures hold the same for a paragraph's rules, where things are aside: equal but for
 * positions, the paragraphs' spans (their number counts) and, of a heading's title, all but the times it names
 * — typing in a run-in heading's first sentence (（一）加强学习……。) does not make every other paragraph's
 * findings stale. Walked in step, stopping at the first difference and building nothing: a JSON signature of
 * the whole structure cost ~3 ms and a string the size of the structure on every keystroke of a 100k report.
 */
export function sameStructure(a: unknown, b: unknown, referenceDate: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameStructure(item, other[i], referenceDate));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (WHERE.has(key) || x[key] === undefined) continue;
    fields++;
    if (y[key] === undefined) return false;
    if (key === 'paragraphs') {
      if ((x[key] as unknown[]).length !== (y[key] as unknown[]).length) return false;
    } else if (key === 'title' && 'kind' in x) {
      const tx = (x[key] as { text: string }).text;
      const ty = (y[key] as { text: string }).text;
      if (tx !== ty && headingTimeReading(tx, referenceDate) !== headingTimeReading(ty, referenceDate)) return false;
    } else if (!sameStructure(x[key], y[key], referenceDate)) return false;
  }
  for (const key in y) if (!WHERE.has(key) && y[key] !== undefined) fields--;
  return fields === 0;
}

/** Keys of positions (and the back link and flat copy of the heading tree, which repeat it). */
const WHERE = new Set(['offset', 'length', 'line', 'start', 'end', 'endLine', 'parent', 'all']);

/** Option by option: the editor builds its options anew for each check, so equal values count as the same. */
function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof CheckOptions)[]);
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    if (key === 'segmenter' || JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}
