import type { Rule } from '../rule';
import { formatMarker, Marker, MarkerStyle } from '../structure/markers';
import type { Heading } from '../structure/parse';
import type { Edit, Report } from '../types';

type Placed = Marker & { offset: number };

const LEVEL_NAME = ['', '一、', '（一）', '1.', '（1）'];

/**
 * Heading numbers as GB/T 9704-2012 orders them: right forms (（一） not (一), 1. not 1、), no gaps
 * or repeats, no skipped level, one style among siblings; the same for in-paragraph 一是…二是… series.
 */
export const headingNumbering: Rule = {
  id: 'heading-numbering',
  category: 'structure',
  description: '标题编号：格式（一、（一）1.（1））、跳号重号、层级跳跃、同级混用',
  details:
    '一、（一）1.（1）的写法（含 OCR、输入法变体 (-)（-）一. 一， 1、）、跳号重号、缺少“（一）”、层级跳跃（一列只报一次）、同级混用“一是”和“（一）”；行首“一是”段落不是标题。写法的修复是安全修复；“重新编号”只改编号，需确认。',
  defaultSeverity: 'warning',
  fix: 'mixed',
  examples: {
    valid: ['一、主要工作\n（一）专项检查\n二、存在问题'],
    invalid: ['一、主要工作\n三、存在问题', '一.主要工作\n二.存在问题'],
  },
  *check({ model }) {
    const structure = model.structure();
    const used = new Set(structure.all.filter((h) => h.kind === 'heading' && h.marker).map((h) => h.level));
    const found: Report[] = [];
    const groups: Heading[][] = [structure.headings, ...structure.all.map((h) => h.children)];
    for (const group of groups) {
      const skipped = skippedLevel(group, used);
      if (skipped) found.push(skipped);
      // Headings (with items that carry on their numbering) are one run; the 一是 paragraphs under a
      // heading are another, so a （二） after 一是…二是… lacks its （一） rather than being a 三是.
      const marked = group.filter((h) => h.marker);
      found.push(...sequence(marked.filter((h) => h.kind === 'heading' || h.continues).map((h) => h.marker!)));
      found.push(...sequence(marked.filter((h) => h.kind === 'item' && !h.continues).map((h) => h.marker!)));
    }
    const headingMarkers = new Set(structure.all.map((h) => h.marker?.offset));
    for (const series of structure.series) found.push(...sequence(series.items, true));
    // A marker out of sequence is renumbered in its correct form (the second “（-）” becomes （二）): one finding,
    // not also a form fix to （一）, which would be wrong there.
    const renumbered = new Set(found.filter((f) => f.fixes?.length).map((f) => f.offset));
    for (const h of structure.all) if (h.marker?.correct && !renumbered.has(h.marker.offset)) yield wrongForm(h.marker);
    for (const series of structure.series) {
      for (const item of series.items)
        if (item.correct && !headingMarkers.has(item.offset) && !renumbered.has(item.offset)) yield wrongForm(item);
    }
    yield* found;
  },
};

function wrongForm(marker: Placed): Report {
  const shown = marker.text.trim();
  return {
    offset: marker.offset,
    length: shown.length,
    message: `编号格式不规范：“${shown}”应写作“${marker.correct}”（GB/T 9704—2012：一、 （一） 1. （1））。`,
    fixes: [
      {
        title: `改为“${marker.correct}”`,
        safe: true,
        edits: [{ offset: marker.offset, length: marker.text.length, newText: marker.correct! }],
      },
    ],
  };
}

/** Siblings that skip a level (1. directly under 一、 while （一） is used elsewhere): one finding for the run. */
function skippedLevel(group: Heading[], used: Set<number>): Report | undefined {
  const skipping = group.filter((h) => {
    if (h.kind !== 'heading' || !h.marker || h.level < 2) return false;
    const parentLevel = h.parent?.marker ? h.parent.level : 0;
    // 一、 followed directly by 1. is an accepted two-level scheme when （一） is never used.
    return parentLevel < h.level - 1 && used.has(h.level - 1);
  });
  if (!skipping.length) return undefined;
  const [first] = skipping;
  const last = skipping[skipping.length - 1];
  const missing = LEVEL_NAME[first.level - 1];
  const what =
    skipping.length > 1
      ? `“${first.marker!.text.trim()}”至“${last.marker!.text.trim()}”共${skipping.length}项`
      : `“${first.marker!.text.trim()}”`;
  const where = first.parent?.marker ? `直接位于“${first.parent.marker.text.trim()}”之下` : '前面没有上一级标题';
  return {
    offset: first.marker!.offset,
    length: first.marker!.text.trim().length,
    message: `层级跳跃：${what}${where}，缺少“${missing}”这一级；本文其他地方用了“${missing}”。`,
  };
}

/** Gaps, repeats and style switches in one run of sibling markers. */
function* sequence(markers: Placed[], series = false): Iterable<Report> {
  if (markers.length === 0) return;
  const style = markers[0].style;
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    const expected = i + 1;
    if (m.style !== style && !series) {
      const correct = formatMarker(style, expected);
      yield {
        offset: m.offset,
        length: m.text.trim().length,
        message: `同级编号混用：前面用“${markers[0].text.trim()}”一类编号，此处用“${m.text.trim()}”。同一层级应统一使用一种编号。`,
        fixes: [{ title: `改为“${correct}”`, safe: false, edits: [{ offset: m.offset, length: m.text.length, newText: correct }] }],
      };
    }
    if (m.number !== expected) {
      if (i === 0 && !series) {
        yield missingFirst(markers);
        return;
      }
      const what = markers.slice(0, i).some((x) => x.number === m.number) ? '重号' : '跳号';
      yield {
        offset: m.offset,
        length: m.text.trim().length,
        message: `编号${what}：此处是第${expected}项，却编为“${m.text.trim()}”。`,
        fixes: [{ title: '重新编号（只改编号）', safe: true, edits: renumber(markers.slice(i), expected) }],
      };
      return; // one finding per run: renumbering fixes the rest
    }
  }
}

/** A run that starts at （二）: the （一） heading is missing (often merged into the text before it). */
function missingFirst(markers: Placed[]): Report {
  const m = markers[0];
  const first = formatMarker(m.style, 1);
  return {
    offset: m.offset,
    length: m.text.trim().length,
    message: `缺少“${first}”：此处编为“${m.text.trim()}”，但同级前面没有“${first}”。请补上“${first}”标题，或从“${first}”起重新编号。`,
    fixes: [{ title: `从“${first}”起重新编号`, safe: false, edits: renumber(markers, 1) }],
  };
}

function renumber(markers: Placed[], from: number): Edit[] {
  return markers.flatMap((m, k) => {
    const newText = formatMarker(m.style as MarkerStyle, from + k);
    const old = m.text.trim();
    return old === newText ? [] : [{ offset: m.offset, length: old.length, newText }];
  });
}
