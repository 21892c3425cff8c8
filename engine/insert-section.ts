import type { ReportModel } from './model';
import type { PartStatus } from './sections';
import { formatMarker } from './structure/markers';
import { lineBreakOf } from './text-spans';
import type { Edit } from './types';

export interface Insertion {
  /** Where the part goes: the start of the line it is inserted before (or the end of the text). */
  offset: number;
  /**
   * Where a finding about the part is shown: the top-level heading it goes before, else the point
   * after the text it follows (after the last top-level part, before the 结束语/落款).
   */
  anchor: { offset: number; length: number };
  edits: Edit[];
}

/**
 * Plans inserting a missing part at the place its schema gives it: after the section of the part
 * before it, else before the part after it, else before the 结束语/落款. In a report numbered with
 * 一、二、三、 the new heading takes the next number and the headings after it move up by one;
 * a report without such headings gets the part's lead paragraph only.
 */
export function planInsertion(model: ReportModel, statuses: PartStatus[], missing: PartStatus): Insertion {
  const structure = model.structure();
  const index = statuses.indexOf(missing);
  const before = statuses
    .slice(0, index)
    .reverse()
    .find((s) => s.at !== undefined);
  const after = statuses.slice(index + 1).find((s) => s.at !== undefined);
  const tail = [structure.closing, structure.signature, structure.date].find(Boolean);

  let offset: number;
  if (before) offset = nextParagraphStart(model, sectionEnd(model, before, statuses));
  else if (after) offset = paragraphStart(model, after.at!);
  else if (tail) offset = paragraphStart(model, tail.offset);
  else offset = nextParagraphStart(model, structure.all.length ? structure.all[structure.all.length - 1].end : model.text.length);
  // Never insert inside the 结束语/落款 block.
  if (tail && offset > paragraphStart(model, tail.offset)) offset = paragraphStart(model, tail.offset);

  const eol = lineBreakOf(model.text);
  const levelOne = structure.headings.filter((h) => h.marker?.style === 'cn-dun');
  const indent =
    levelOne.length && !structure.runOn ? model.text.slice(model.lines.lineStart(levelOne[0].line), levelOne[0].marker!.offset) : '';
  // A one-line report gets the part inline, as it writes its other parts.
  const lineEnd = structure.runOn ? '' : eol;
  const atEnd = offset === model.text.length;
  const lead = atEnd && !structure.runOn && !/[\r\n]$/.test(model.text) ? eol : '';
  const edits: Edit[] = [];
  let block: string;
  if (levelOne.length) {
    const number = levelOne.filter((h) => h.start < offset).length + 1;
    block = `${indent}${formatMarker('cn-dun', number)}${missing.spec.name}${structure.runOn ? '。' : eol}${indent}${missing.spec.skeleton}${lineEnd}`;
    levelOne
      .filter((x) => x.start >= offset)
      .forEach((h, k) => {
        const marker = h.marker!;
        const newText = formatMarker('cn-dun', number + 1 + k);
        if (marker.text.trim() !== newText) edits.push({ offset: marker.offset, length: marker.text.trim().length, newText });
      });
  } else {
    block = `${indent}${missing.spec.skeleton}${lineEnd}`;
  }
  edits.unshift({ offset, length: 0, newText: lead + block });
  const next = structure.headings.find((h) => h.start === offset);
  let point = offset;
  while (point > 0 && /\s/.test(model.text[point - 1])) point--;
  return { offset, anchor: next ? next.title : { offset: point, length: 0 }, edits };
}

/**
 * End of a part: a body part runs over every top-level section up to the next part found; another
 * part ends with its heading's section, or with the top-level section its lead stands in.
 */
function sectionEnd(model: ReportModel, status: PartStatus, statuses: PartStatus[]): number {
  if (status.spec.body) {
    const next = Math.min(...statuses.filter((s) => !s.spec.body && s.at !== undefined && s.at > status.at!).map((s) => s.at!));
    const sections = model.structure().headings.filter((h) => h.start >= status.at! && h.start < next);
    if (sections.length) return sections[sections.length - 1].end;
  }
  if (status.heading) return status.heading.end;
  const at = status.lead?.offset ?? status.at!; // a lead, or body text that is not under a heading
  const section = model.structure().headings.find((h) => at >= h.start && at < h.end);
  return section ? section.end : model.lines.lineEnd(model.lines.positionAt(at).line);
}

/** Start of the line holding `offset` (of its paragraph, in a one-line report). */
function paragraphStart(model: ReportModel, offset: number): number {
  if (!model.structure().runOn) return model.lines.lineStart(model.lines.positionAt(offset).line);
  return (
    model
      .structure()
      .paragraphs.filter((p) => p.offset <= offset)
      .pop()?.offset ?? 0
  );
}

/** Start of the line (paragraph, in a one-line report) after the one holding `offset`, or the end of the text. */
function nextParagraphStart(model: ReportModel, offset: number): number {
  if (!model.structure().runOn) {
    const { line } = model.lines.positionAt(offset);
    return line + 1 < model.lines.lineCount ? model.lines.lineStart(line + 1) : model.text.length;
  }
  return model.structure().paragraphs.find((p) => p.offset >= offset)?.offset ?? model.text.length;
}
