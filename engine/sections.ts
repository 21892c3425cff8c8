import type { ReportModel } from './model';
import type { PartSpec, TypeSpec } from './report-types';
import type { Heading, Part } from './structure/parse';

export interface PartStatus {
  spec: PartSpec;
  required: boolean;
  /** Where the part was found: its heading, or the paragraph whose lead names it. */
  heading?: Heading;
  lead?: { offset: number; length: number; line: number; text: string };
  /** Offset of the part in the document (heading or lead start); undefined when missing. */
  at?: number;
  /** The title names the part (…工作总结和下一步工作计划): evidence that it is there even where no heading says so. */
  inTitle?: boolean;
}

/**
 * Finds each standard part of `type` in the report. A heading names a part when one of the
 * part's aliases stands in the heading on word boundaries (so 问题 inside 解决问题的做法 does not
 * count); a paragraph outside any named section names a part with one of its lead phrases.
 */
export function findParts(model: ReportModel, type: TypeSpec): PartStatus[] {
  const structure = model.structure();
  const onWords = (start: number, end: number) => model.onWordBoundaries(start, end);
  const statuses: PartStatus[] = type.parts.map(({ spec, required }) => ({ spec, required }));
  const named = new Set<Heading>();

  // One heading may name two parts (二、存在的问题及原因分析).
  for (const heading of type.topLevelParts ? structure.headings : structure.all) {
    if (heading.kind !== 'heading') continue;
    for (const status of statuses) {
      if (status.at !== undefined) continue;
      if (contains(heading.title.text, heading.title.offset, status.spec.aliases, onWords)) {
        status.heading = heading;
        status.at = heading.start;
        // A problems lead may close a body section (…但也存在一些问题：); other sections own their text.
        if (!status.spec.body) named.add(heading);
      }
    }
  }
  const { title } = structure;
  if (title) for (const status of statuses) status.inTitle = contains(title.text, title.offset, status.spec.aliases, onWords);

  // Paragraph leads, for reports that state a part in running text (…存在一些不容忽视的问题：).
  const openingEnd = structure.opening ? structure.opening.offset + structure.opening.length : -1;
  const body = paragraphs(model);
  const namedSpans = structure.all.filter((h) => named.has(h)).map((h) => [h.start, h.end]);
  for (const line of body) {
    if (line.offset <= openingEnd || namedSpans.some(([a, b]) => line.offset >= a && line.offset < b)) continue;
    const lead = /^[^。：:]{0,80}[。：:]?/.exec(line.text)![0];
    for (const status of statuses) {
      if (status.at !== undefined || !status.spec.leads.length) continue;
      if (contains(lead, line.offset, status.spec.leads, onWords)) {
        status.lead = { offset: line.offset, length: lead.length, line: line.line, text: lead };
        status.at = line.offset;
        break;
      }
    }
  }

  // The main body counts as present when anything precedes the first other part found.
  const firstOther = Math.min(...statuses.filter((s) => !s.spec.body && s.at !== undefined).map((s) => s.at!));
  const firstContent = structure.all[0]?.start ?? body.find((p) => p.offset > openingEnd)?.offset;
  for (const status of statuses) {
    if (status.spec.body && status.at === undefined && firstContent !== undefined && firstContent < firstOther) {
      status.heading = structure.all.find((h) => h.start === firstContent);
      status.at = firstContent;
    }
  }
  return statuses;
}

function contains(text: string, offset: number, phrases: string[], onWords: (start: number, end: number) => boolean): boolean {
  return phrases.some((phrase) => {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (onWords(offset + i, offset + i + phrase.length)) return true;
    }
    return false;
  });
}

/** Non-heading, non-frame paragraphs of the body. */
function paragraphs(model: ReportModel): Part[] {
  const structure = model.structure();
  const taken = new Set([
    ...structure.all.map((h) => h.marker?.offset ?? h.title.offset),
    ...[structure.title, structure.addressee, structure.closing, structure.signature, structure.date].map((p) => p?.offset),
  ]);
  return structure.paragraphs.filter((p) => !taken.has(p.offset));
}
