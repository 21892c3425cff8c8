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

/**
 * The edits of every finding's first safe fix, for "fix all". A fix is taken whole or not at all:
 * one whose edits would overlap an edit already taken waits for the next round.
 */
export function fixAllEdits(findings: readonly Finding[]): { edits: Edit[]; fixes: number } {
  const edits: Edit[] = [];
  let fixes = 0;
  const overlaps = (e: Edit) => edits.some((t) =>
    (e.offset < t.offset + t.length && t.offset < e.offset + e.length) || e.offset === t.offset);
  for (const finding of findings) {
    const fix = finding.fixes.find((x) => x.safe);
    if (!fix || fix.edits.some(overlaps)) continue;
    edits.push(...fix.edits);
    fixes++;
  }
  return { edits: edits.sort((a, b) => a.offset - b.offset), fixes };
}

/**
 * Applies safe fixes round after round (a fix that overlapped another waits for the next round)
 * until none is left; returns the text and how many fixes were applied.
 */
export function fixAll(text: string, checkText: (text: string) => Finding[], maxRounds = 5): { text: string; fixed: number } {
  let fixed = 0;
  for (let round = 0; round < maxRounds; round++) {
    const { edits, fixes } = fixAllEdits(checkText(text));
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    fixed += fixes;
    text = next;
  }
  return { text, fixed };
}

/** One edit that turns `before` into `after`: the changed middle, with common prefix and suffix kept. */
export function diffEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start
    && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Never cut a surrogate pair in half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isHighSurrogate(before.charCodeAt(before.length - end - 1))) end--;
  return { offset: start, length: before.length - start - end, newText: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
