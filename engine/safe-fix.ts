import misusedData from '../data/misused-words.json';
import { readMarker } from './structure/markers';
import type { Edit, Finding } from './types';

/*
 * The safe-fix property, in one place. A safe fix (applied by fix-all and --fix without a look):
 *
 * 1. changes only punctuation, or the exact target characters of its rule: every edit either touches
 *    only marks and white space (removed and inserted text alike: ， for ,, 〔〕 for (), a deleted
 *    space), or changes only the form of the same characters (formKey), or lies inside the span of
 *    its own finding (驰 for 弛, the repeated 育 of 教育育), or puts one heading number for another
 *    (a renumbered sequence: 五、→三、 after the finding on the first skipped number);
 * 2. never creates a new finding: after it, a check finds nothing that was not there before;
 * 3. so applying all safe fixes to clean, professionally edited text changes nothing.
 *
 * `unsafeEdits` checks (1) for a finding; `createdFindings` checks (2) for a set of applied edits.
 * test/unit/safe-fix-property.test.ts runs both, and (3), over every fixture and clean paragraphs.
 */

const MARKS_AND_SPACE = /^[\p{P}\p{S}\p{Z}\s]*$/u;

/** The edits of the finding's safe fixes that break (1), each with the text it would remove. */
export function unsafeEdits(text: string, finding: Finding): { edit: Edit; removed: string }[] {
  const out: { edit: Edit; removed: string }[] = [];
  for (const fix of finding.fixes) {
    if (!fix.safe) continue;
    for (const edit of fix.edits) {
      const removed = text.slice(edit.offset, edit.offset + edit.length);
      const marksOnly = MARKS_AND_SPACE.test(removed) && MARKS_AND_SPACE.test(edit.newText);
      const formOnly = formKey(removed) === formKey(edit.newText);
      const inSpan = edit.offset >= finding.offset && edit.offset + edit.length <= finding.offset + finding.length;
      if (!marksOnly && !formOnly && !inSpan && !(isMarker(removed) && isMarker(edit.newText))) out.push({ edit, removed });
    }
  }
  return out;
}

function isMarker(text: string): boolean {
  return !!text && readMarker(text)?.text === text;
}

/**
 * The findings of `after` (a check of the text with `edits` applied) that `before` (a check of the
 * original) does not have (2). A finding is matched by rule and by its span mapped back through the
 * edits, touching or overlapping a finding of the same rule, or by rule and message: a fix moves and
 * reshapes findings around it (a heading's text changes when its number does) without creating them.
 */
export function createdFindings(before: readonly Finding[], after: readonly Finding[], edits: readonly Edit[]): Finding[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const back = (at: number) => {
    let shift = 0;
    for (const e of sorted) {
      const start = e.offset + shift; // where the edit's new text starts in the fixed text
      if (at < start) break;
      if (at <= start + e.newText.length) return e.offset;
      shift += e.newText.length - e.length;
    }
    return at - shift;
  };
  return after.filter((f) => {
    const from = back(f.offset);
    const to = back(f.offset + f.length);
    return !before.some((b) => b.rule === f.rule && (b.message === f.message || (b.offset <= to && from <= b.offset + b.length)));
  });
}

/**
 * What a fix from a user pack may declare `"safe": true` (applied by --fix and 全部修复 without a
 * look). Built-in safe fixes are reviewed one by one; a pack comes with a repository someone else
 * wrote, so its word alone is not enough: 不存在→存在 marked safe would flip meaning unseen. A pack
 * rewrite wrong → right stays safe only when one of these holds:
 *
 * 1. It is exactly a reviewed built-in safe pair (same wrong, same right, not widened by
 *    `anywhere`): repeating a reviewed fix adds no risk.
 * 2. It changes only the form of the same characters, never which characters: full-width ↔
 *    half-width (（一）/(一), ，/,, ２０２６/2026), compatibility ↔ unified ideographs, Chinese ↔ ASCII
 *    marks of the same kind (。/. “”/" ‘’/' 〔〕【】［］/[]). Compared by `formKey`, so a fix that adds,
 *    drops or swaps a character (不存在→存在, 综和→综合, 、→，) is not form-only. And `wrong` must
 *    hold a letter, Han character or digit: a bare mark (",") has no context and would also hit
 *    1,000 or a URL, which the punctuation rule knows to leave alone.
 *
 * Entries failing both are kept as judgement fixes (shown, applied only when chosen).
 */
export function packFixSafety(wrong: string, right: string, anywhere = false): { safe: true } | { safe: false; reason: string } {
  const reviewed = reviewedPairs.get(`${wrong}\u0000${right}`);
  if (reviewed !== undefined && (!anywhere || reviewed.anywhere)) return { safe: true };
  if (wrong === right || formKey(wrong) !== formKey(right)) {
    return { safe: false, reason: '不是内置的已审校修复，也不只是标点或字形（全角/半角）的变化' };
  }
  if (!/[\p{L}\p{N}]/u.test(wrong)) return { safe: false, reason: '只含标点，没有上下文，可能误改数字、网址中的符号' };
  return { safe: true };
}

/** Built-in safe confusables by "wrong\0right", with whether they match anywhere (not only on word boundaries). */
const reviewedPairs = new Map<string, { anywhere: boolean }>(
  (misusedData.entries as { wrong: string; right: string; safe: boolean; anywhere?: boolean }[])
    .filter((e) => e.safe)
    .map((e) => [`${e.wrong}\u0000${e.right}`, { anywhere: e.anywhere === true }]),
);

/** Chinese marks and their ASCII counterpart of the same kind (after width is folded). */
const MARK_FORMS: Record<string, string> = {
  '。': '.',
  '｡': '.',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '〔': '[',
  '〕': ']',
  '【': '[',
  '】': ']',
};

/**
 * The text with each character reduced to its form: canonical equivalents (CJK compatibility
 * ideographs) by NFC, full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width
 * twins, then MARK_FORMS. Not NFKC: it also folds ① to 1 and x² to x2, which change meaning.
 */
export function formKey(text: string): string {
  return Array.from(text.normalize('NFC'), (c) => {
    const code = c.codePointAt(0)!;
    const narrow = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : code === 0x3000 ? ' ' : c;
    return MARK_FORMS[narrow] ?? narrow;
  }).join('');
}
