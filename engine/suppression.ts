import type { ReportModel } from './model';
import type { Finding } from './types';

/** A phrase to accept, for one rule or for all (from .gongwen.json `ignore`). */
export interface Ignore { rule?: string; text: string }

interface Region { from: number; to: number; rules: string[] | 'all' }

const DIRECTIVE = /<!--\s*gongwen-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/**
 * Drops findings the author switched off: in the text with
 * <!-- gongwen-disable-next-line rule --> and <!-- gongwen-disable rule --> … <!-- gongwen-enable -->
 * (rules optional, comma- or space-separated), and in the workspace with `ignore` phrases.
 */
export function suppress(findings: Finding[], model: ReportModel, ignore: Ignore[] = []): Finding[] {
  const regions = directiveRegions(model);
  return findings.filter((f) =>
    !regions.some((r) => f.offset >= r.from && f.offset < r.to && (r.rules === 'all' || r.rules.includes(f.rule)))
    && !ignore.some((i) => (!i.rule || i.rule === f.rule) && covers(model.text, i.text, f)));
}

function directiveRegions(model: ReportModel): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule (or '*') → where its disable began
  for (const m of model.text.matchAll(DIRECTIVE)) {
    const [, kind, list] = m;
    const names = list.split(/[\s,，]+/).filter(Boolean);
    const rules = names.length ? names : 'all';
    const end = m.index! + m[0].length;
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
        regions.push({ from, to: m.index!, rules: r === '*' ? 'all' : [r] });
        open.delete(r);
      }
    }
  }
  for (const [r, from] of open) regions.push({ from, to: model.text.length, rules: r === '*' ? 'all' : [r] });
  return regions;
}

/** True when an occurrence of `phrase` in `text` covers the finding's span. */
function covers(text: string, phrase: string, f: Finding): boolean {
  if (!phrase) return false;
  const from = Math.max(0, f.offset + f.length - phrase.length);
  for (let i = text.indexOf(phrase, from); i >= 0 && i <= f.offset; i = text.indexOf(phrase, i + 1)) {
    if (i + phrase.length >= f.offset + f.length) return true;
  }
  return false;
}
