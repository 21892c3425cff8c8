import type { Edit, Finding } from './types';

/**
 * Applies edits to `text`. Edits must not overlap; overlapping ones are skipped (the first,
 * in offset order, wins) so a fix never touches text outside its own span.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const applied: Edit[] = [];
  for (const edit of sorted) {
    if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length) continue;
    const last = applied[applied.length - 1];
    // Same start counts as overlap too: two insertions at one point have no defined order.
    if (last && (edit.offset < last.offset + last.length || edit.offset === last.offset)) continue;
    applied.push(edit);
  }
  let out = '';
  let at = 0;
  for (const edit of applied) {
    out += text.slice(at, edit.offset) + edit.newText;
    at = edit.offset + edit.length;
  }
  return { text: out + text.slice(at), applied };
}

/** The edits of every finding's first safe fix, ready for applyEdits. */
export function safeEdits(findings: readonly Finding[]): Edit[] {
  const edits: Edit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (fix && fix.edits.length === 1) edits.push(fix.edits[0]);
  }
  return edits;
}
