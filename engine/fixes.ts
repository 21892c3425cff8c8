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
 * The edits of every finding's first safe fix, for "fix all", and the rules they come from. A fix is
 * taken whole or not at all: one whose edits would overlap an edit already taken waits for the next round.
 */
export function fixAllEdits(findings: readonly Finding[]): { edits: Edit[]; fixes: number; rules: string[] } {
  const taken = new TakenEdits();
  const rules = new Set<string>();
  let fixes = 0;
  for (const finding of findings) {
    const fix = finding.fixes.find((x) => x.safe);
    if (!fix || fix.edits.some((e) => taken.overlaps(e))) continue;
    taken.add(fix.edits);
    rules.add(finding.rule);
    fixes += fix.count ?? 1;
  }
  return { edits: taken.all(), fixes, rules: [...rules] };
}

/** A fix's edits are merged into the sorted ones once this many wait unsorted. */
const RECENT_LIMIT = 256;

/**
 * The edits taken so far: a sorted, overlap-free array searched by bisection, plus a short list of recent
 * ones scanned in full. A grouped fix (thousands of half-width commas) and the typo fixes between its edits
 * interleave, so merging each fix into one sorted array would copy it every time: quadratic on a long paste.
 */
class TakenEdits {
  private sorted: Edit[] = [];
  private recent: Edit[] = [];

  /** Whether `e` overlaps a taken edit; the same start counts, as in applyEdits. */
  overlaps(e: Edit): boolean {
    return overlapsSorted(this.sorted, e) || this.recent.some((r) => overlapsEdit(r, e));
  }

  add(edits: readonly Edit[]): void {
    for (const e of edits) this.recent.push(e);
    if (this.recent.length >= RECENT_LIMIT) this.flush();
  }

  all(): Edit[] {
    this.flush();
    return this.sorted;
  }

  private flush(): void {
    if (!this.recent.length) return;
    this.sorted = mergeByOffset(
      this.sorted,
      this.recent.sort((a, b) => a.offset - b.offset),
    );
    this.recent = [];
  }
}

const overlapsEdit = (a: Edit, b: Edit): boolean =>
  a.offset === b.offset || (a.offset < b.offset + b.length && b.offset < a.offset + a.length);

/** Whether `e` overlaps an edit of `taken` (sorted, no overlaps). */
function overlapsSorted(taken: readonly Edit[], e: Edit): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].offset < e.offset) lo = mid + 1;
    else hi = mid;
  }
  const next = taken[lo];
  const previous = taken[lo - 1];
  return (
    (!!next && (next.offset === e.offset || next.offset < e.offset + e.length)) ||
    (!!previous && previous.offset + previous.length > e.offset)
  );
}

function mergeByOffset(a: readonly Edit[], b: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].offset <= b[j].offset) ? a[i++] : b[j++]);
  return out;
}

export interface FixAllResult {
  text: string;
  /** Fixes applied; a grouped fix counts the findings it stands for (200 half-width commas: 200). */
  fixed: number;
  /** Set when the fixes did not settle: the rules whose fixes keep changing the text (a bug in those rules). */
  unconverged?: string[];
}

/**
 * Far more rounds than real text needs (a fix that overlapped another waits one round; chains are
 * short), so reaching it means some rule's fixes never settle.
 */
export const MAX_FIX_ROUNDS = 50;

/**
 * Applies safe fixes round after round until no safe fix is left (a fixpoint), so fixing twice
 * changes nothing the second time. Guarded: a text seen before (rules undoing each other) or the
 * round limit stops it and names the rules still fixing instead of looping.
 */
export function fixAll(text: string, checkText: (text: string) => Finding[], maxRounds = MAX_FIX_ROUNDS): FixAllResult {
  let fixed = 0;
  const seenInRound = new Map<string, number>([[textKey(text), 0]]);
  const rulesByRound: string[][] = [];
  for (let round = 0; round < maxRounds; round++) {
    const { edits, fixes, rules } = fixAllEdits(checkText(text));
    const next = applyEdits(text, edits).text;
    if (next === text) return { text, fixed };
    fixed += fixes;
    text = next;
    rulesByRound.push(rules);
    const key = textKey(text);
    const seen = seenInRound.get(key);
    if (seen !== undefined) return { text, fixed, unconverged: [...new Set(rulesByRound.slice(seen).flat())].sort() };
    seenInRound.set(key, round + 1);
  }
  const { rules } = fixAllEdits(checkText(text));
  return rules.length ? { text, fixed, unconverged: rules.sort() } : { text, fixed };
}

/** Length and a 64-bit hash (both halves of cyrb53): tells texts apart without keeping every round's copy of a large file. */
function textKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}:${(h1 >>> 0).toString(36)}`;
}

/** One edit that turns `before` into `after`: the changed middle, with common prefix and suffix kept. */
export function diffEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = commonPrefix(before, after);
  let end = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  // Never cut a surrogate pair in half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isHighSurrogate(before.charCodeAt(before.length - end - 1))) end--;
  return { offset: start, length: before.length - start - end, newText: after.slice(start, after.length - end) };
}

/** Compared a chunk at a time as strings first (a keystroke's edit in a 100,000-character report), then by character. */
const CHUNK = 1024;

function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= most && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < most && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters, at most `most`, `a` and `b` share at the end. */
function commonSuffix(a: string, b: string, most: number): number {
  let i = 0;
  while (i + CHUNK <= most && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < most && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
