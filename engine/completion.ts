import { canonicalList, FORMULATIONS } from './formulations/data';
import { parseReport } from './model';
import { formatMarker, MarkerStyle } from './structure/markers';
import type { FormulationEntry } from './schema';
import type { Heading } from './structure/parse';
import type { Language, Segmenter } from './types';

export interface Completion {
  label: string;
  /** What the item inserts, replacing the text from `replaceFrom` to the cursor. */
  insertText: string;
  replaceFrom: number;
  detail: string;
  /** For a 规范提法: its canonical wording or item list. */
  documentation?: string;
  kind: 'heading' | 'formulation';
}

const LEVELS: { style: MarkerStyle; name: string }[] = [
  { style: 'cn-dun', name: '一级标题' },
  { style: 'cn-paren', name: '二级标题' },
  { style: 'arabic-dot', name: '三级标题' },
  { style: 'arabic-paren', name: '四级标题' },
];

/**
 * Completions at `offset`: at the start of a line, the next heading number of each level in that
 * place (三、 after 二、; （一） under a new 一、); after the first characters of a 规范提法, its current form.
 */
export function complete(text: string, offset: number, language: Language, segmenter: Segmenter): Completion[] {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const typed = text.slice(lineStart, offset);
  const items: Completion[] = [];
  const beforeMarker = /^[\s\u3000\u00a0]*/.exec(typed)![0].length;
  const partial = typed.slice(beforeMarker);
  if (/^[（(]?[一二三四五六七八九十\d]*$/.test(partial)) {
    const model = parseReport(text.slice(0, lineStart), language, segmenter);
    for (const { style, name, number } of nextNumbers(model.structure().all)) {
      items.push({
        label: formatMarker(style, number),
        insertText: formatMarker(style, number),
        replaceFrom: lineStart + beforeMarker,
        detail: name,
        kind: 'heading',
      });
    }
  }
  const han = /\p{Script=Han}[\p{Script=Han}“]*$/u.exec(typed)?.[0] ?? '';
  for (let start = 0; start < han.length - 1; start++) {
    const prefix = han.slice(start);
    for (const entry of FORMULATIONS) {
      if (offers(entry, prefix)) {
        items.push({
          label: entry.text,
          insertText: entry.text,
          replaceFrom: offset - prefix.length,
          detail: '规范提法',
          documentation: completionDocumentation(entry),
          kind: 'formulation',
        });
      }
    }
    if (items.some((i) => i.kind === 'formulation')) break; // the longest typed prefix that matches wins
  }
  return items;
}

/**
 * Whether typing `prefix` offers the entry: it begins the canonical text, the name, or a name-like trigger (八项 →
 * 中央八项规定精神), and is not already all of it.
 */
function offers(entry: FormulationEntry, prefix: string): boolean {
  if (entry.text === prefix) return false;
  return [entry.text, entry.name, ...(entry.triggers ?? []).filter((t) => !t.includes('、'))].some(
    (name) => name.startsWith(prefix) && name !== prefix,
  );
}

function completionDocumentation(entry: FormulationEntry): string {
  return entry.items?.length ? `${entry.canonical}\n条目：${canonicalList(entry)}` : entry.canonical;
}

/** The next number of each level at the end of the headings so far. */
function nextNumbers(headings: Heading[]): { style: MarkerStyle; name: string; number: number }[] {
  const last: (Heading | undefined)[] = [];
  for (const h of headings) {
    if (h.kind !== 'heading' || !h.marker || h.level < 1 || h.level > 4) continue;
    last[h.level] = h;
    for (let deeper = h.level + 1; deeper <= 4; deeper++) last[deeper] = undefined; // a new parent restarts its children
  }
  return LEVELS.map(({ style, name }, i) => ({ style, name, number: (last[i + 1]?.marker?.number ?? 0) + 1 }));
}
