import { charKey, Lexicon, pairSlot, soundKey } from './lexicon';
import { IDIOM, PROPER } from '../segmenter/word-table';
import { segment } from './score';

export type TypoKind = 'homophone' | 'shape' | 'idiom' | 'dropped';

export interface TypoCandidate {
  /** Offset and length of the written form in the searched text. */
  offset: number;
  length: number;
  /** What to write instead. */
  replacement: string;
  /** The dictionary word (or idiom) the correction makes. */
  word: string;
  kind: TypoKind;
  /** ln of how much more likely the corrected span is than the written one, after the prior of the edit. */
  margin: number;
}

/**
 * ln of how unlikely a writer's slip of each kind is, against which the corrected text must gain: a
 * same-sound word from a pinyin IME is a common slip, a look-alike from the shape table rarer, a
 * dropped character of an idiom rarer still (tuned on test/corpus/typos and test/corpus/clean).
 */
const PRIOR: Record<TypoKind, number> = {
  homophone: Math.log(1e-4),
  idiom: Math.log(1e-3),
  shape: Math.log(1e-2),
  dropped: Math.log(1e-3),
};
const priorOf = (kind: TypoKind) => PRIOR[kind];
/** Reading combinations followed per window (characters with several readings multiply them). */
const MAX_KEYS = 8;
/** Characters of context on each side of a suspect that the local segmentation sees. */
const CONTEXT = 6;

export interface TypoSearch {
  lexicon: Lexicon;
  /**
   * Judged candidates of each run of Han characters already searched, by its text (offsets within the run,
   * workspace words not yet applied): an editor re-checks the whole report on every keystroke, and only the
   * run typed in has changed. Shared by the checks of one rule-data pack; see RunMemo.
   */
  runs: RunMemo;
  /** Look-alike characters: each character's mates (data/typo.json and the workspace's own). */
  shapes: ReadonlyMap<string, readonly string[]>;
  /** 1 at the code of each character that has mates: most characters are passed over with one look. */
  shapeChars: Uint8Array;
  /** Whether [start, end) of the text touches a workspace word (never corrected). */
  isProtected(start: number, end: number): boolean;
}

/** What searching one run needs: the parts of a TypoSearch that do not depend on where the run is. */
type RunSearch = Omit<TypoSearch, 'runs' | 'isProtected'>;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/**
 * Typos in `text`: each run of Han characters is searched for 3–4 character windows that sound like a
 * frequent word but differ in one character, that turn into one with a look-alike character, or that are an
 * idiom with an inner character dropped; a candidate stands only if the corrected text segments clearly more
 * probably than the written one (score.ts), beyond the prior of the slip. Linear: a few table lookups per
 * character, and the segmentation only around candidates.
 */
export function findTypos(text: string, search: TypoSearch): TypoCandidate[] {
  const found: TypoCandidate[] = [];
  for (let start = 0; start < text.length;) {
    if (!isHan(text.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start;
    while (end < text.length && isHan(text.charCodeAt(end))) end++;
    if (end - start >= 2) {
      // Workspace words and listed slips are positions in this text: applied after the memo, never stored in it.
      for (const c of search.runs.judged(text.slice(start, end), search)) {
        if (!search.isProtected(start + c.offset, start + c.offset + c.length)) found.push({ ...c, offset: start + c.offset });
      }
    }
    start = end;
  }
  return resolveOverlaps(found);
}

/** Characters of runs a RunMemo keeps before it starts afresh: a few reports' worth, a few MB. */
const MEMO_CHARS = 1_000_000;

/** The judged candidates of runs already searched, by run text, up to MEMO_CHARS characters of runs. */
export class RunMemo {
  private readonly byRun = new Map<string, readonly TypoCandidate[]>();
  private chars = 0;

  judged(run: string, search: RunSearch): readonly TypoCandidate[] {
    let judged = this.byRun.get(run);
    if (!judged) {
      judged = judgeRun(run, search);
      if ((this.chars += run.length) > MEMO_CHARS) {
        this.byRun.clear();
        this.chars = run.length;
      }
      // A copy of the key: a slice would keep the whole text it came from (one per keystroke) alive.
      this.byRun.set(flatCopy(run), judged);
    }
    return judged;
  }
}

const flatCopy = (s: string) => Array.from(s).join('');

/** Every candidate of one run (the whole text) that its segmentation judges a slip. */
function judgeRun(run: string, search: RunSearch): TypoCandidate[] {
  const judged: TypoCandidate[] = [];
  const seen = new Set<string>();
  searchRun(run, 0, run.length, search, (candidate) => {
    const key = `${candidate.offset}:${candidate.length}:${candidate.replacement}`;
    if (seen.has(key)) return;
    seen.add(key);
    const c = judge(run, 0, run.length, candidate, search);
    if (c) judged.push(c);
  });
  return judged;
}

type Suggest = (candidate: Omit<TypoCandidate, 'margin'>) => void;

function searchRun(text: string, start: number, end: number, { lexicon, shapes, shapeChars }: RunSearch, suggest: Suggest): void {
  const { readingStarts, readingIds, bySound, dropped, droppedStarts, words, charLogp, logTotal } = lexicon;
  // Look-alikes first: 侯/候 also sound alike, and a pair in the shape table is the better explanation.
  for (let p = start; p < end; p++) {
    const mates = shapeChars[text.charCodeAt(p)] ? shapes.get(text[p]) : undefined;
    if (!mates) continue;
    for (const mate of mates) {
      for (let length = 2; length <= 4; length++) {
        for (let s = Math.max(start, p - length + 1); s <= p && s + length <= end; s++) {
          const word = text.slice(s, p) + mate + text.slice(p + 1, s + length);
          if (words.idOf(word) >= 0) suggest({ offset: s, length, replacement: word, word, kind: 'shape' });
        }
      }
    }
  }
  const keys = new Int32Array(MAX_KEYS);
  for (let p = start; p < end - 1; p++) {
    // Same sound: the pinyin keys of the windows p..p+L, grown one character at a time (one key per reading).
    let count = 1;
    keys[0] = 0;
    for (let length = 1; length <= 4 && p + length <= end; length++) {
      const code = text.charCodeAt(p + length - 1);
      const first = readingStarts[code];
      const readingCount = readingStarts[code + 1] - first;
      if (!readingCount) break;
      const n = count;
      // Other readings add keys while there is room; the first reading always extends every key, or a full buffer
      // would keep keys of the shorter window.
      for (let r = readingCount - 1; r >= 0; r--) {
        for (let k = 0; k < n && (r === 0 || count < MAX_KEYS); k++) {
          const next = soundKey(keys[k], readingIds[first + r]);
          if (r === 0) keys[k] = next;
          else keys[count++] = next;
        }
      }
      // Two-character same-sound pairs are left out: too weak to report (SHORT_HOMOPHONE) and the costliest to scan.
      if (length < 3) continue;
      for (let k = 0; k < count; k++) {
        for (let entry = bySound[length].first(keys[k]); entry >= 0; entry = bySound[length].next(entry)) {
          const id = bySound[length].value(entry);
          const word = words.word(id);
          const at = onlyDifference(text, p, word);
          if (at < 0 || !sameSound(lexicon, text.charCodeAt(p + at), word.charCodeAt(at))) continue;
          const kind = length === 4 && words.flags(id) & IDIOM ? 'idiom' : 'homophone';
          // Cheap bound first (no strings): the written characters one by one are at least this likely.
          let written = 0;
          for (let i = 0; i < length; i++) written += charLogp[text.charCodeAt(p + i)];
          if (Math.log(words.count(id)) - logTotal + priorOf(kind) <= written) continue;
          suggest({ offset: p, length, replacement: word, word, kind });
        }
      }
    }
    // An idiom with an inner character dropped: the three that are left, exactly.
    const slot = p + 3 <= end ? pairSlot(text, p) : -1;
    if (slot >= 0 && (droppedStarts[slot >>> 5] >>> (slot & 31)) & 1) {
      for (let entry = dropped.first(charKey(text, p, 3)); entry >= 0; entry = dropped.next(entry)) {
        const value = dropped.value(entry);
        const idiom = words.word(value >> 2);
        const at = value & 3;
        if (text.startsWith(idiom.slice(0, at) + idiom.slice(at + 1), p))
          suggest({ offset: p, length: 3, replacement: idiom, word: idiom, kind: 'dropped' });
      }
    }
  }
}

function sameSound({ readingStarts, readingIds }: Lexicon, a: number, b: number): boolean {
  for (let i = readingStarts[a]; i < readingStarts[a + 1]; i++) {
    for (let j = readingStarts[b]; j < readingStarts[b + 1]; j++) if (readingIds[i] === readingIds[j]) return true;
  }
  return false;
}

/** The one position where text[p..] differs from `word`, or −1 when none or more than one do. */
function onlyDifference(text: string, p: number, word: string): number {
  let at = -1;
  for (let i = 0; i < word.length; i++) {
    if (text.charCodeAt(p + i) === word.charCodeAt(i)) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/**
 * The candidate with its margin, or undefined when the written span is as likely (a real word, a name, a
 * reduplication) — precision first. Workspace words are findTypos's, after the memo.
 */
function judge(
  text: string,
  runStart: number,
  runEnd: number,
  c: Omit<TypoCandidate, 'margin'>,
  search: RunSearch,
): TypoCandidate | undefined {
  const end = c.offset + c.length;
  const written = text.slice(c.offset, end);
  const { lexicon } = search;
  const prior = priorOf(c.kind);
  // The window alone first (a few lookups): what does not gain there is not a slip, and most candidates end here.
  if (segment(c.replacement, lexicon).logp + prior <= segment(written, lexicon).logp) return undefined;
  if (/(.)\1/u.test(written) || /(..)\1/u.test(text.slice(Math.max(runStart, c.offset - 2), Math.min(runEnd, end + 2)))) return undefined; // 层层, 研究研究
  const from = Math.max(runStart, c.offset - CONTEXT);
  const to = Math.min(runEnd, end + CONTEXT);
  const before = text.slice(from, c.offset);
  const after = text.slice(end, to);
  const asWritten = segment(before + written + after, lexicon);
  // A proper noun the dictionary knows (人名、地名) that overlaps the suspect is what the writer meant.
  const window: [number, number] = [c.offset - from, end - from];
  const span = before + written + after;
  const isProper = (s: number, e: number) => {
    const id = lexicon.words.idOf(span, s, e);
    return id >= 0 && (lexicon.words.flags(id) & PROPER) !== 0;
  };
  if (asWritten.words.some(([s, e]) => s < window[1] && e > window[0] && isProper(s, e))) return undefined;
  const corrected = segment(before + c.replacement + after, lexicon);
  // The correction must come out as the word it is about, where it was written.
  const wordStart = before.length + c.replacement.indexOf(c.word);
  if (!corrected.words.some(([s, e]) => s <= wordStart && e >= wordStart + c.word.length)) return undefined;
  const margin = corrected.logp + prior - asWritten.logp;
  return margin > 0 ? { ...c, margin } : undefined;
}

/** Where candidates overlap, the one with the larger margin stays (侯选人: the longer word when tied). */
function resolveOverlaps(found: TypoCandidate[]): TypoCandidate[] {
  const kept: TypoCandidate[] = [];
  for (const c of [...found].sort((a, b) => b.margin - a.margin || b.length - a.length)) {
    if (!kept.some((k) => k.offset < c.offset + c.length && c.offset < k.offset + k.length)) kept.push(c);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
