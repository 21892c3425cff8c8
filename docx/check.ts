import { checkReport } from '../engine';
import type { CheckOptions, Finding, ReferenceDate } from '../engine';
import { Annotation, annotateDocx, AnnotateResult, TrackedChange } from './annotate';
import { docxText, DocxDocument, readDocx } from './read';

export interface DocxCheck {
  doc: DocxDocument;
  text: string;
  findings: Finding[];
  referenceDate: ReferenceDate;
}

/** Checks a .docx with the engine: its text is one line per paragraph, so a finding's line is its paragraph. */
export function checkDocx(bytes: Buffer, options: CheckOptions): DocxCheck {
  const doc = readDocx(bytes);
  const text = docxText(doc);
  const { findings, referenceDate } = checkReport(text, { ...options, language: 'plaintext' });
  return { doc, text, findings, referenceDate };
}

/** A finding's comment: its message, then what to write instead (the fixes' titles). */
export function commentText(f: Finding): string {
  const fixes = f.fixes.map((x) => x.title).filter(Boolean);
  return fixes.length ? `${f.message}\n建议：${fixes.join('；')}` : f.message;
}

export type AnnotateMode = 'comments' | 'track';

/**
 * The annotated copy: one comment per finding on exactly its characters; in `track` mode a finding
 * whose first fix is safe and stays inside its paragraph becomes a tracked change instead.
 */
export function annotateFindings(check: DocxCheck, mode: AnnotateMode, date: string): AnnotateResult {
  const annotations: Annotation[] = [];
  const changes: TrackedChange[] = [];
  const lineStarts = [0];
  for (let i = 0; i < check.text.length; i++) if (check.text[i] === '\n') lineStarts.push(i + 1);
  for (const f of check.findings) {
    const paragraph = f.range.start.line;
    const fix = f.fixes[0];
    const edits = mode === 'track' && fix?.safe && fix.edits.length ? fix.edits : undefined;
    const start = lineStarts[paragraph];
    const next = lineStarts[paragraph + 1] ?? check.text.length + 1;
    if (edits && edits.every((e) => e.offset >= start && e.offset + e.length < next)) {
      for (const e of edits)
        changes.push({
          paragraph,
          start: e.offset - start,
          end: e.offset - start + e.length,
          newText: e.newText,
          fallback: commentText(f),
        });
      continue;
    }
    const end = f.range.end.line === paragraph ? f.range.end.character : next - 1 - start;
    annotations.push({ paragraph, start: f.range.start.character, end, comment: commentText(f) });
  }
  return annotateDocx(check.doc, annotations, changes, { date });
}
