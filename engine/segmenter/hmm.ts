import { type Pack, packed, unpacked } from './pack';

/** cppjieba's MIN_DOUBLE: the weight of what the model has never seen. */
const NEVER = -3.14e100;
const E = 1;
const S = 3;
const STATES = 4;

/** jieba's B/E/M/S hidden Markov model of how unknown words are built, from its hmm_model.utf8. */
export interface HmmModel {
  start: Float64Array;
  /** trans[from × 4 + to] */
  trans: Float64Array;
  /** The row of `emit` of each BMP character the model knows, plus one (0: unknown, emits NEVER). */
  rows: Uint16Array;
  /** emit[(row − 1) × 4 + state]: ~7,000 rows, where a table by character code would hold 2 MB of NEVER. */
  emit: Float64Array;
}

/** The model file: one line of start weights, four of transitions, four of `char:weight,…` emissions; # comments. */
export function parseHmmModel(text: string): HmmModel {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('hmm_model.utf8 不完整');
  const numbers = (line: string) => line.split(' ').map(Number);
  const emissions = [0, 1, 2, 3].map((state) => lines[5 + state].split(',').filter((pair) => pair.lastIndexOf(':') === 1));
  const rows = new Uint16Array(65536);
  let known = 0;
  for (const pairs of emissions) for (const pair of pairs) rows[pair.charCodeAt(0)] ||= ++known;
  const emit = new Float64Array(known * STATES).fill(NEVER);
  emissions.forEach((pairs, state) => {
    for (const pair of pairs) emit[(rows[pair.charCodeAt(0)] - 1) * STATES + state] = Number(pair.slice(2));
  });
  return { start: Float64Array.from(numbers(lines[0])), trans: Float64Array.from(lines.slice(1, 5).flatMap(numbers)), rows, emit };
}

function emitOf(model: HmmModel, state: number, code: number): number {
  const row = code < 65536 ? model.rows[code] : 0;
  return row ? model.emit[(row - 1) * STATES + state] : NEVER;
}

/**
 * cppjieba's HMMSegment over the code points `codes[from, to)`: ASCII letters(+digits) and numbers are
 * words of their own, every other ASCII character one word, and runs of the rest are cut by Viterbi.
 * Pushes the end (exclusive) of each word to `ends`.
 */
export function hmmCut(model: HmmModel, codes: Int32Array, from: number, to: number, ends: number[]): void {
  let left = from;
  let right = from;
  while (right < to) {
    const c = codes[right];
    if (c >= 0x80) {
      right++;
      continue;
    }
    if (left !== right) viterbi(model, codes, left, right, ends);
    left = right;
    right = asciiWordEnd(codes, left, to);
    ends.push(right);
    left = right;
  }
  if (left !== right) viterbi(model, codes, left, right, ends);
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** SequentialLetterRule, then NumbersRule, else one character. */
function asciiWordEnd(codes: Int32Array, at: number, to: number): number {
  let i = at + 1;
  if (isLetter(codes[at])) while (i < to && (isLetter(codes[i]) || isDigit(codes[i]))) i++;
  else if (isDigit(codes[at])) while (i < to && (isDigit(codes[i]) || codes[i] === 0x2e)) i++;
  return i;
}

function viterbi(model: HmmModel, codes: Int32Array, from: number, to: number, ends: number[]): void {
  const n = to - from;
  const weight = new Float64Array(n * STATES);
  const path = new Int8Array(n * STATES);
  for (let y = 0; y < STATES; y++) {
    weight[y * n] = model.start[y] + emitOf(model, y, codes[from]);
    path[y * n] = -1;
  }
  for (let x = 1; x < n; x++) {
    for (let y = 0; y < STATES; y++) {
      const now = x + y * n;
      const emit = emitOf(model, y, codes[from + x]);
      weight[now] = NEVER;
      path[now] = E;
      for (let pre = 0; pre < STATES; pre++) {
        const w = weight[x - 1 + pre * n] + model.trans[pre * STATES + y] + emit;
        if (w > weight[now]) {
          weight[now] = w;
          path[now] = pre;
        }
      }
    }
  }
  const status = new Int8Array(n);
  let state = weight[n - 1 + E * n] >= weight[n - 1 + S * n] ? E : S;
  for (let x = n - 1; x >= 0; x--) {
    status[x] = state;
    state = path[x + state * n];
  }
  // A word ends at every E or S (odd states); B and M go on.
  for (let x = 0; x < n; x++) if (status[x] % 2) ends.push(from + x + 1);
}

/** The model's arrays by name, to store in the dictionary pack (pack.ts). */
export function packHmmModel(model: HmmModel): Pack {
  return packed('hmm.', model);
}

export function unpackHmmModel(pack: Pack): HmmModel {
  return unpacked<HmmModel>(pack, 'hmm.');
}
