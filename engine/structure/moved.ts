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
  // The frame parts now; the heading tree, the paragraphs and the series when a rule first reads them: most of a
  // paragraph's rules ask for the 成文日期 or the 结束语 only, and moving a long report's every heading and
  // paragraph for them was ~1.7 ms of each keystroke in 100,000 characters.
  const moved: ReportStructure = {
    ...structure,
    title: part(structure.title),
    subtitle: part(structure.subtitle),
    addressee: part(structure.addressee),
    opening: part(structure.opening),
    leadIn: part(structure.leadIn),
    closing: part(structure.closing),
    signature: part(structure.signature),
    date: part(structure.date),
  };
  let tree: { headings: Heading[]; all: Heading[] } | undefined;
  const movedTree = () => {
    if (tree) return tree;
    const headingsNow = structure.headings.map((h) => heading(h));
    // An item whose heading is not in the tree (it has none) is moved here.
    return (tree = {
      headings: headingsNow,
      all: structure.all.map((h) => headings.get(h) ?? heading(h, h.parent && headings.get(h.parent))),
    });
  };
  onFirstRead(moved, 'headings', () => movedTree().headings);
  onFirstRead(moved, 'all', () => movedTree().all);
  onFirstRead(moved, 'paragraphs', () => structure.paragraphs.map(part));
  onFirstRead(moved, 'series', () => structure.series.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, offset: i.offset - by })) })));
  return moved;
}

/** `object[key]` becomes `compute()` when first read (enumerable throughout, so copies and JSON see it). */
function onFirstRead<T extends object, K extends keyof T>(object: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get: () => {
      const value = compute();
      Object.defineProperty(object, key, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
  });
}
