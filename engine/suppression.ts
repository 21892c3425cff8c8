import type { ReportModel } from './model';
import type { Finding } from './types';
import { LiteralIndex } from './literal-index';

/** A phrase to accept, for one rule or for all (from .gongwen.json `ignore`). */
export interface Ignore {
  rule?: string;
  text: string;
}

const DIRECTIVE_START = /<!--\s*gongwen-(disable-next-line|disable|enable)\b/g;

/**
 * Drops findings the author switched off: in the text with
 * <!-- gongwen-disable-next-line rule --> and <!-- gongwen-disable rule --> … <!-- gongwen-enable -->
 * (rules optional, comma- or space-separated), and in the workspace with `ignore` phrases.
 * Regions and ignore phrases are indexed once, so the cost does not grow with findings × entries.
 */
export function suppress(findings: Finding[], model: ReportModel, ignore: Ignore[] = []): Finding[] {
  const regions = new Coverage();
  for (const { from, to, rules } of directiveRegions(model)) {
    for (const rule of rules === 'all' ? [ALL] : rules) regions.add(rule, from, to);
  }
  const accepted = ignoredSpans(model.text, ignore);
  const covered = (spans: Coverage, f: Finding, end: number) => spans.covers(ALL, f.offset, end) || spans.covers(f.rule, f.offset, end);
  return findings.filter((f) => !covered(regions, f, f.offset + 1) && !covered(accepted, f, f.offset + f.length));
}

/** Key of spans that apply to every rule. */
const ALL = '\u0000all';

/**
 * Spans per rule, asked "does one span start at or before `from` and reach `to`?" in O(log n):
 * spans sorted by start with the running maximum of their ends.
 */
class Coverage {
  private readonly byRule = new Map<string, { starts: number[]; reach: number[]; spans: [number, number][] | undefined }>();

  add(rule: string, from: number, to: number): void {
    let entry = this.byRule.get(rule);
    if (!entry) this.byRule.set(rule, (entry = { starts: [], reach: [], spans: [] }));
    (entry.spans ??= []).push([from, to]);
  }

  covers(rule: string, from: number, to: number): boolean {
    const entry = this.byRule.get(rule);
    if (!entry) return false;
    if (entry.spans) {
      // sort once, on the first question after spans were added
      entry.spans.sort((a, b) => a[0] - b[0]);
      let reach = -Infinity;
      entry.starts = entry.spans.map(([s]) => s);
      entry.reach = entry.spans.map(([, e]) => (reach = Math.max(reach, e)));
      entry.spans = undefined;
    }
    let lo = 0;
    let hi = entry.starts.length; // first span starting after `from`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entry.starts[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && entry.reach[lo - 1] >= to;
  }
}

/** Every occurrence of every ignore phrase, in one pass over the text, as spans per rule. */
function ignoredSpans(text: string, ignore: Ignore[]): Coverage {
  const spans = new Coverage();
  if (!ignore.length) return spans;
  for (const [owner, places] of new LiteralIndex(ignore.map((i) => [i.text])).find(text)) {
    const rule = ignore[owner].rule ?? ALL;
    for (const [at, phrase] of places) spans.add(rule, at, at + phrase.length);
  }
  return spans;
}

interface Region {
  from: number;
  to: number;
  rules: string[] | 'all';
}

function directiveRegions(model: ReportModel): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule (or '*') → where its disable began
  for (const { kind, list, start, end } of directives(model.text)) {
    const names = list.split(/[\s,，]+/).filter(Boolean);
    const rules = names.length ? names : 'all';
    if (kind === 'disable-next-line') {
      const { line } = model.lines.positionAt(end);
      let next = line + 1;
      while (next < model.lines.lineCount && !model.text.slice(model.lines.lineStart(next), model.lines.lineEnd(next)).trim()) next++;
      if (next < model.lines.lineCount) regions.push({ from: model.lines.lineStart(next), to: model.lines.lineEnd(next) + 1, rules });
    } else if (kind === 'disable') {
      for (const r of names.length ? names : ['*']) if (!open.has(r)) open.set(r, end);
    } else {
      for (const r of names.length ? names : [...open.keys()]) {
        const from = open.get(r);
        if (from === undefined) continue;
        regions.push({ from, to: start, rules: r === '*' ? 'all' : [r] });
        open.delete(r);
      }
    }
  }
  for (const [r, from] of open) regions.push({ from, to: model.text.length, rules: r === '*' ? 'all' : [r] });
  return regions;
}

/**
 * `<!-- gongwen-KIND list -->` comments, where the list holds no `>`. The next `>` is remembered
 * between directives: a regular expression's lazy scan for it from every unclosed `<!-- gongwen-…`
 * would be quadratic.
 */
function* directives(text: string): Iterable<{ kind: string; list: string; start: number; end: number }> {
  let gt = -1;
  let consumed = 0; // a directive's list may not start another one
  for (const m of text.matchAll(DIRECTIVE_START)) {
    if (m.index! < consumed) continue;
    const after = m.index! + m[0].length;
    if (gt < after) gt = text.indexOf('>', after);
    if (gt < 0) return;
    if (gt - 2 < after || !text.startsWith('--', gt - 2)) continue;
    consumed = gt + 1;
    yield { kind: m[1], list: text.slice(after, gt - 2), start: m.index!, end: gt + 1 };
  }
}
