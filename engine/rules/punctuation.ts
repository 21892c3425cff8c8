import type { Rule } from '../rule';
import type { Report } from '../types';

// GB/T 15834—2011 and 公文 practice (not tech-writing conventions): full-width marks in Chinese
// text, paired quotes and brackets, and no spaces between Chinese and digits or Latin letters.
const HAN = /\p{Script=Han}/u;
const CJK_MARK = /[，。、；：？！“”‘’（）《》〈〉【】…—]/;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
const PAIRED_MARK = /[“”‘’《》（）]/;
const PAIRED_MARKS = /[“”‘’《》（）]/g;
const MARKER_AT_START = /^[\s\u3000\u00a0]*[（(][一二三四五六七八九十\d]{1,3}[)）]/;
const SPACES = /(?<=\p{Script=Han})[ \t]{1,2}(?=[\p{Script=Han}\dA-Za-z])|(?<=[\dA-Za-z])[ \t]{1,2}(?=\p{Script=Han})/gu;

const isCjk = (c: string | undefined) => !!c && (HAN.test(c) || CJK_MARK.test(c));
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';

export const punctuation: Rule = {
  id: 'punctuation',
  description: '标点符号：中文中的半角标点、直引号、不成对的引号括号书名号、中文与数字字母间的空格',
  defaultSeverity: 'warning',
  fix: 'mixed',
  usesTokens: false,
  *check({ model }) {
    for (const { start, end } of model.lines.spans()) {
      const line = model.prose.slice(start, end);
      if (!line.trim()) continue;
      yield* halfWidth(line, start);
      yield* straightQuotes(line, start);
      yield* unpaired(line, start);
      yield* spaces(line, model.text.slice(start, end), start);
    }
  },
};

function* halfWidth(line: string, base: number): Iterable<Report> {
  if (!/[,;:!?()]/.test(line)) return;
  const marker = MARKER_AT_START.exec(line)?.[0].length ?? 0; // (一) at line start: heading-numbering's
  for (const m of line.matchAll(/[,;:!?()]/g)) {
    const i = m.index!;
    if (i < marker) continue;
    const mark = m[0];
    const prev = line[i - 1];
    const next = line.slice(i + 1).trimStart()[0];
    if ((mark === ',' || mark === ':') && isDigit(prev) && isDigit(line[i + 1])) continue; // 1,000 / 10:30
    const inParens = mark === '(' ? HAN.test(line.slice(i + 1, line.indexOf(')', i) >>> 0)) : false;
    if (!isCjk(prev) && !isCjk(next) && !inParens) continue;
    // A space typed after the half-width mark goes with it.
    const trailing = /^[ \t]*/.exec(line.slice(i + 1))![0].length;
    const length = 1 + (mark === '(' || i + 1 + trailing >= line.length ? 0 : trailing);
    yield {
      offset: base + i,
      length,
      message: `中文中应使用全角标点：“${mark}”应为“${FULL[mark]}”（GB/T 15834—2011）。`,
      fixes: [{ title: `改为“${FULL[mark]}”`, safe: true, edits: [{ offset: base + i, length, newText: FULL[mark] }] }],
    };
  }
}

function* straightQuotes(line: string, base: number): Iterable<Report> {
  if (!line.includes('"') || !HAN.test(line)) return;
  const quotes = [...line.matchAll(/"/g)].map((m) => m.index!);
  const balanced = quotes.length % 2 === 0;
  for (let k = 0; k < quotes.length; k++) {
    const curly = k % 2 === 0 ? '“' : '”';
    yield {
      offset: base + quotes[k],
      length: 1,
      message: balanced
        ? `中文中应使用弯引号：“"”应为“${curly}”。`
        : '中文中应使用弯引号“”，且本段的直引号不成对，请检查。',
      fixes: balanced ? [{ title: `改为“${curly}”`, safe: true, edits: [{ offset: base + quotes[k], length: 1, newText: curly }] }] : [],
    };
  }
}

function* unpaired(line: string, base: number): Iterable<Report> {
  if (!PAIRED_MARK.test(line)) return;
  const open: { mark: string; at: number }[] = [];
  const lonely: { mark: string; at: number }[] = [];
  for (const m of line.matchAll(PAIRED_MARKS)) {
    const c = m[0];
    if (PAIRS[c]) {
      open.push({ mark: c, at: m.index! });
      continue;
    }
    const opener = CLOSERS.get(c);
    let match = open.length - 1;
    while (match >= 0 && open[match].mark !== opener) match--;
    if (match >= 0) open.length = match; // closes it and any unclosed mark inside it
    else lonely.push({ mark: c, at: m.index! });
  }
  for (const { mark, at } of [...open, ...lonely].sort((a, b) => a.at - b.at)) {
    const other = PAIRS[mark] ?? CLOSERS.get(mark)!;
    yield {
      offset: base + at,
      length: 1,
      message: `“${mark}”在本段中没有配对的“${other}”。`,
    };
  }
}

function* spaces(line: string, original: string, base: number): Iterable<Report> {
  if (!/[ \t]/.test(line)) return;
  for (const m of line.matchAll(SPACES)) {
    // Blanked-out Markdown syntax looks like spaces in the prose; only real spaces count.
    if (original.slice(m.index!, m.index! + m[0].length).trim()) continue;
    yield {
      offset: base + m.index!,
      length: m[0].length,
      severity: 'info',
      message: '公文中汉字与数字、字母之间不加空格（如“2026年”，不写“2026 年”）。',
      fixes: [{ title: '删除空格', safe: true, edits: [{ offset: base + m.index!, length: m[0].length, newText: '' }] }],
    };
  }
}
