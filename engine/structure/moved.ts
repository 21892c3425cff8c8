import type { Heading, Part, ReportStructure } from './parse';

/**
 * The structure as seen from a paragraph taken out of the text (ReportModel.within): every offset less
 * `by`, every line number less `lines`. Objects shared in the original stay shared in the copy (a heading
 * is in `all` and in its parent's `children`; rules compare parts by identity). Field by field rather than a
 * generic deep copy: it runs on every keystroke of a long report, over every heading and paragraph.
 */
export function movedStructure(structure: ReportStructure, by: number, lines: number): ReportStructure {
  const parts = new Map<Part, Part>();
  const part = <P extends Part | undefined>(p: P): P => {
    if (!p) return p;
    let moved = parts.get(p);
    if (!moved) parts.set(p, (moved = { ...p, offset: p.offset - by, line: p.line - lines }));
    return moved as P;
  };
  const headings = new Map<Heading, Heading>();
  const heading = (h: Heading, parent?: Heading): Heading => {
    const moved: Heading = {
      ...h,
      marker: h.marker && { ...h.marker, offset: h.marker.offset - by },
      title: part(h.title),
      line: h.line - lines,
      start: h.start - by,
      end: h.end - by,
      endLine: h.endLine - lines,
      parent,
    };
    headings.set(h, moved);
    moved.children = h.children.map((c) => heading(c, moved));
    return moved;
  };
  return {
    ...structure,
    title: part(structure.title),
    subtitle: part(structure.subtitle),
    addressee: part(structure.addressee),
    opening: part(structure.opening),
    leadIn: part(structure.leadIn),
    headings: structure.headings.map((h) => heading(h)),
    // An item whose heading is not in the tree (it has none) is moved here.
    all: structure.all.map((h) => headings.get(h) ?? heading(h, h.parent && headings.get(h.parent))),
    paragraphs: structure.paragraphs.map(part),
    series: structure.series.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, offset: i.offset - by })) })),
    closing: part(structure.closing),
    signature: part(structure.signature),
    date: part(structure.date),
  };
}
