import type { DocxDocument, DocxParagraph } from './read';
import { escapeXml, rawOffsets, scanTags, attr } from './xml';
import { entryText, makeEntry, writeZip, ZipEntry } from './zip';

/** A comment on characters [start, end) of paragraph `paragraph` (0-based, offsets in its text). */
export interface Annotation {
  paragraph: number;
  start: number;
  end: number;
  comment: string;
}
/** A replacement of [start, end) of a paragraph, written as a tracked deletion and insertion. */
export interface TrackedChange {
  paragraph: number;
  start: number;
  end: number;
  newText: string;
  /** Written as a comment on the span instead when the change cannot be tracked safely (it crosses runs). */
  fallback?: string;
}

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  /** ISO date-time written on comments and changes. */ date: string;
}

export interface AnnotateResult {
  bytes: Buffer;
  comments: number;
  changes: number;
  /** Annotations with no text to anchor on. */ unplaced: number;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

interface Splice {
  at: number;
  /** Replaced raw length (tracked deletions); 0 for insertions. */ length: number;
  before: string[];
  after: string[];
  rPr: string;
  replace?: string;
}

/**
 * Writes a copy of the document with one Word comment per annotation, anchored exactly on its
 * characters even where they span several runs: a run is split where an anchor falls inside it
 * (the split halves keep the run's properties), and nothing else in document.xml changes. Other
 * parts of the package are copied byte for byte, except comments.xml, its relationship and content type.
 */
export function annotateDocx(doc: DocxDocument, given: Annotation[], changes: TrackedChange[], options: AnnotateOptions): AnnotateResult {
  const author = escapeXml(options.author ?? 'Gongwen');
  const initials = escapeXml(options.initials ?? 'GW');
  const date = escapeXml(options.date);
  let annotations = given;
  const splices = new Map<number, Splice>();
  const splice = (at: number, rPr: string) => {
    let s = splices.get(at);
    if (!s) splices.set(at, (s = { at, length: 0, before: [], after: [], rPr }));
    return s;
  };
  let nextId = maxId(doc.xml) + 1;
  const existing = entryText(doc.entries, 'word/comments.xml');
  let commentId = existing ? maxId(existing) + 1 : 0;
  const comments: string[] = [];
  let unplaced = 0;
  let placedChanges = 0;

  // Tracked changes first, so a comment never lands inside a replaced stretch.
  const taken: { paragraph: number; start: number; end: number }[] = [];
  for (const change of changes) {
    const p = doc.paragraphs[change.paragraph];
    const piece = p && change.start >= p.labelLength ? p.pieces.find((x) => x.from <= change.start && change.end <= x.to) : undefined;
    // Only a replacement inside one piece of text is certain to keep its formatting; others stay comments.
    const refuse = () => {
      if (change.fallback !== undefined) annotations = [...annotations, { ...change, comment: change.fallback }];
    };
    if (!piece || taken.some((t) => t.paragraph === change.paragraph && t.start < change.end && change.start < t.end)) {
      refuse();
      continue;
    }
    const offsets = rawOffsets(piece.raw);
    const at = piece.xmlFrom + offsets[change.start - piece.from];
    const end = piece.xmlFrom + offsets[change.end - piece.from];
    if (splices.has(at) || [...splices.values()].some((s) => s.at < end && at < s.at + Math.max(s.length, 1))) {
      refuse();
      continue;
    }
    const old = piece.raw.slice(offsets[change.start - piece.from], offsets[change.end - piece.from]);
    const del = old
      ? `<w:del w:id="${nextId++}" w:author="${author}" w:date="${date}"><w:r>${piece.rPr}<w:delText xml:space="preserve">${old}</w:delText></w:r></w:del>`
      : '';
    const ins = change.newText
      ? `<w:ins w:id="${nextId++}" w:author="${author}" w:date="${date}"><w:r>${piece.rPr}<w:t xml:space="preserve">${escapeXml(change.newText)}</w:t></w:r></w:ins>`
      : '';
    splices.set(at, { at, length: end - at, before: [], after: [], rPr: piece.rPr, replace: del + ins });
    taken.push(change);
    placedChanges++;
  }

  for (const a of annotations) {
    const p = doc.paragraphs[a.paragraph];
    const start = p && locate(p, Math.max(a.start, p.labelLength), 'start');
    const end = p && locate(p, Math.max(a.end, a.start, p.labelLength), 'end');
    if (!start || !end || end.at < start.at) {
      unplaced++;
      continue;
    }
    start.at = outsideReplacements(start.at);
    end.at = outsideReplacements(end.at);
    const id = commentId++;
    splice(start.at, start.rPr).before.push(`<w:commentRangeStart w:id="${id}"/>`);
    splice(end.at, end.rPr).after.push(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    const lines = a.comment
      .split('\n')
      .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
      .join('');
    comments.push(`<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="${initials}">${lines}</w:comment>`);
  }

  let xml = doc.xml;
  function outsideReplacements(at: number): number {
    for (const s of splices.values()) if (s.replace !== undefined && s.at < at && at < s.at + s.length) return s.at + s.length;
    return at;
  }

  for (const s of [...splices.values()].sort((x, y) => y.at - x.at)) {
    // Ends close ranges before starts open new ones at the same place.
    const markup = s.after.join('') + (s.replace ?? '') + s.before.join('');
    xml = `${xml.slice(0, s.at)}</w:t></w:r>${markup}<w:r>${s.rPr}<w:t xml:space="preserve">${xml.slice(s.at + s.length)}`;
  }

  const replaced = new Map<string, ZipEntry>();
  replaced.set('word/document.xml', makeEntry('word/document.xml', xml));
  if (comments.length) {
    if (existing) {
      const close = existing.lastIndexOf('</w:comments>');
      replaced.set(
        'word/comments.xml',
        makeEntry('word/comments.xml', existing.slice(0, close) + comments.join('') + existing.slice(close)),
      );
    } else {
      replaced.set(
        'word/comments.xml',
        makeEntry(
          'word/comments.xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comments.join('')}</w:comments>`,
        ),
      );
      const types = entryText(doc.entries, '[Content_Types].xml') ?? '';
      if (!types.includes('/word/comments.xml')) {
        replaced.set(
          '[Content_Types].xml',
          makeEntry(
            '[Content_Types].xml',
            types.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`),
          ),
        );
      }
      const relsName = 'word/_rels/document.xml.rels';
      const rels =
        entryText(doc.entries, relsName) ??
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      if (!rels.includes(COMMENTS_REL)) {
        replaced.set(
          relsName,
          makeEntry(
            relsName,
            rels.replace(
              '</Relationships>',
              `<Relationship Id="${freeRelId(rels)}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`,
            ),
          ),
        );
      }
    }
  }
  const out: ZipEntry[] = [...doc.entries.values()].map((e) => replaced.get(e.name) ?? e);
  for (const [name, entry] of replaced) if (!doc.entries.has(name)) out.push(entry);
  return { bytes: writeZip(out), comments: comments.length, changes: placedChanges, unplaced };
}

/** The place in document.xml of a paragraph offset: inside the piece it starts (or ends) in, or the nearest one. */
function locate(p: DocxParagraph, offset: number, side: 'start' | 'end'): { at: number; rPr: string } | undefined {
  const piece =
    side === 'start'
      ? (p.pieces.find((x) => x.to > offset && x.to > x.from) ?? p.pieces[p.pieces.length - 1])
      : ([...p.pieces].reverse().find((x) => x.from < offset && x.to > x.from) ?? p.pieces[0]);
  if (!piece) return undefined;
  const k = Math.min(Math.max(offset, piece.from), piece.to) - piece.from;
  return { at: piece.xmlFrom + rawOffsets(piece.raw)[k], rPr: piece.rPr };
}

function maxId(xml: string): number {
  let max = -1;
  for (const tag of scanTags(xml)) {
    const id = attr(tag.attrs, 'w:id');
    if (id !== undefined && /^\d+$/.test(id)) max = Math.max(max, Number(id));
  }
  return max;
}

function freeRelId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rIdGongwen${n}"`)) n++;
  return `rIdGongwen${n}`;
}
