import type { Rule } from '../rule';
import { readMarker } from '../structure/markers';
import type { Edit, Finding, Fix, Report } from '../types';

// GB/T 15834—2011 and 公文 practice (not tech-writing conventions): full-width marks in Chinese
// text, paired quotes and brackets, and no spaces between Chinese and digits or Latin letters.
const HAN = /\p{Script=Han}/u;
const CJK_MARK = /[，。、；：？！“”‘’（）《》〈〉【】〔〕…—]/;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
const MARK_NAME: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '!': '叹号', '?': '问号' };
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** Brackets of either width pair with each other: pasted text mixes them (（2024)). */
const AS_FULL: Record<string, string> = { '(': '（', ')': '）' };
const PAIRED_MARKS = /[“”‘’《》（）()]/g;
// 发文字号 (某发〔2024〕5号): the year in any bracket a keyboard or a web page gives.
const DOC_NUMBER_YEAR = /(?<=\p{Script=Han})([(（[［【])((?:19|20)\d{2})([)）\]］】])(?=\d{1,4}号)/gu;
const SPACES = /(?<=\p{Script=Han})[ \t]{1,2}(?=[\p{Script=Han}\dA-Za-z])|(?<=[\dA-Za-z])[ \t]{1,2}(?=\p{Script=Han})/gu;
/** More marks of one kind than this and the document gets one finding for them all (pasted text). */
export const GROUP_ABOVE = 10;

// Read from a position with lastIndex, not from a slice per mark: a long line of marks stays linear.
const NEXT_VISIBLE = /\S/g;
const TRAILING = /[ \t]*/y;

const isCjk = (c: string | undefined) => !!c && (HAN.test(c) || CJK_MARK.test(c));
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';

/** What one kind of safe fix is called when many of them are offered as one. */
interface Kind {
  name: string;
  action: string;
}
const KINDS = new Map<string, Kind>();
function kindFix(kind: Kind, title: string, edits: Edit[]): Fix {
  KINDS.set(title, kind);
  return { title, safe: true, edits };
}

export const punctuation: Rule = {
  id: 'punctuation',
  category: 'punctuation',
  description: '中文中的半角标点、直引号、不成对的引号括号书名号、发文字号的六角括号、多余的空格',
  details:
    '中文里的半角 , ; : ! ?、半角括号和直引号（成对转换，缺另一半的只报告不修复）、发文字号年份的括号（某发(2024)5号 → 〔2024〕，GB/T 9704）、不成对的引号书名号括号（句中硬换行不算断开）、汉字与数字字母间的空格、中文之间的空格（info）；1,000、10:30、（1）、网址不算；同一种超过 10 处时合并为一条（见下文）。修复为安全修复。',
  defaultSeverity: 'warning',
  fix: 'mixed',
  scope: 'paragraph',
  examples: {
    valid: ['会议强调，要抓好落实，全年完成投资1,000万元。'],
    invalid: ['会议强调,要抓好落实。', '学习《条例》和“四个意识”(2026年)。'],
  },
  *check({ model }) {
    for (const { start, end } of model.lines.spans()) {
      const line = model.prose.slice(start, end);
      if (!line.trim()) continue;
      yield* halfWidth(line, start, markerEnd(line));
      yield* spaces(line, model.text.slice(start, end), start);
    }
    // Marks pair within a paragraph: a line break inside a sentence (pasted text) or a Markdown paragraph does not end them.
    for (const { start, end } of model.paragraphs()) {
      const block = model.prose.slice(start, end);
      if (!HAN.test(block)) continue;
      const docNumbers = [...block.matchAll(DOC_NUMBER_YEAR)];
      const skip = new Set<number>([...markerBrackets(block), ...docNumbers.flatMap((m) => [m.index!, m.index! + m[0].length - 1])]);
      yield* docNumberYears(docNumbers, start);
      yield* brackets(block, start, skip);
      yield* straightQuotes(block, start);
    }
  },
  summarize: groupByKind,
};

/** Where a heading marker at the line start ends: its marks, (一) or 一, are heading-numbering's. */
function markerEnd(line: string): number {
  const indent = /^[\s\u3000\u00a0]*/.exec(line)![0].length;
  const marker = readMarker(line.slice(indent));
  return marker ? indent + marker.text.length : 0;
}

function* halfWidth(line: string, base: number, from: number): Iterable<Report> {
  if (!/[,;:!?]/.test(line)) return;
  for (const m of line.matchAll(/[,;:!?]/g)) {
    const i = m.index!;
    if (i < from) continue;
    const mark = m[0];
    const prev = line[i - 1];
    NEXT_VISIBLE.lastIndex = i + 1;
    const next = NEXT_VISIBLE.exec(line)?.[0];
    if ((mark === ',' || mark === ':') && isDigit(prev) && isDigit(line[i + 1])) continue; // 1,000 / 10:30
    if (!isCjk(prev) && !isCjk(next)) continue;
    // A space typed after the half-width mark goes with it.
    TRAILING.lastIndex = i + 1;
    const trailing = TRAILING.exec(line)![0].length;
    const length = 1 + (i + 1 + trailing >= line.length ? 0 : trailing);
    yield {
      offset: base + i,
      length,
      message: `中文中应使用全角标点：“${mark}”应为“${FULL[mark]}”（GB/T 15834—2011）。`,
      fixes: [
        kindFix({ name: `半角${MARK_NAME[mark]}“${mark}”`, action: `改为全角“${FULL[mark]}”` }, `改为“${FULL[mark]}”`, [
          { offset: base + i, length, newText: FULL[mark] },
        ]),
      ],
    };
  }
}

/** Offsets (in the block) of the brackets of heading markers at line starts: （一） is not a pair to check. */
function markerBrackets(block: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of block.split('\n')) {
    const end = markerEnd(line);
    for (let i = 0; i < end; i++) if (/[()（）]/.test(line[i])) out.push(at + i);
    at += line.length + 1;
  }
  return out;
}

function* docNumberYears(matches: RegExpMatchArray[], base: number): Iterable<Report> {
  for (const m of matches) {
    const [whole, open, year, close] = m;
    if (open === '〔' && close === '〕') continue;
    const at = base + m.index!;
    yield {
      offset: at,
      length: whole.length,
      message: `发文字号的年份应用六角括号：“${whole}”应为“〔${year}〕”（GB/T 9704—2012）。`,
      fixes: [
        {
          title: `改为“〔${year}〕”`,
          safe: true,
          edits: [
            { offset: at, length: 1, newText: '〔' },
            { offset: at + whole.length - 1, length: 1, newText: '〕' },
          ],
        },
      ],
    };
  }
}

/**
 * Quotes, 书名号 and brackets must pair. A pair with a half-width bracket becomes full-width as a
 * whole — both sides in one fix — so a fix never leaves （2024) behind; a half-width bracket without a
 * partner is reported without a fix.
 */
function* brackets(block: string, base: number, skip: Set<number>): Iterable<Report> {
  const open: OpenMark[] = [];
  const lonely: { mark: string; at: number }[] = [];
  const pairs: [number, number][] = [];
  // The open marks of each kind, innermost last, so a closer finds its opener without walking the whole
  // stack (10,000 （ and then 》 would be quadratic). Marks since cut off `open` are dropped on the way.
  const openOf = new Map<string, OpenMark[]>();
  const isOpen = (o: OpenMark) => o.depth < open.length && open[o.depth] === o;
  for (const m of block.matchAll(PAIRED_MARKS)) {
    if (skip.has(m.index!)) continue;
    const c = AS_FULL[m[0]] ?? m[0];
    if (PAIRS[c]) {
      const mark = { mark: m[0], at: m.index!, depth: open.length };
      open.push(mark);
      const same = openOf.get(c);
      if (same) same.push(mark);
      else openOf.set(c, [mark]);
      continue;
    }
    const same = openOf.get(CLOSERS.get(c)!) ?? [];
    while (same.length && !isOpen(same[same.length - 1])) same.pop();
    const opener = same.pop();
    if (opener) {
      pairs.push([opener.at, m.index!]);
      open.length = opener.depth; // closes it and any unclosed mark inside it
    } else lonely.push({ mark: m[0], at: m.index! });
  }
  let hanBefore: Uint32Array | undefined; // Han characters before each offset: nested pairs would rescan their insides
  const hasHan = (from: number, to: number) => (hanBefore ??= hanCounts(block))[to] > hanBefore[from];
  for (const [from, to] of pairs) {
    const half = [from, to].filter((i) => AS_FULL[block[i]]);
    if (!half.length) continue;
    if (!hasHan(from + 1, to) && !isCjk(visible(block, from, -1)) && !isCjk(visible(block, to, 1))) continue; // (test) in English
    yield {
      offset: base + from,
      length: to - from + 1,
      message: '中文中应使用全角括号“（）”（GB/T 15834—2011）。',
      fixes: [
        kindFix(
          { name: '半角括号“()”', action: '改为全角括号“（）”' },
          '改为全角括号“（）”',
          half.map((i) => ({ offset: base + i, length: 1, newText: AS_FULL[block[i]] })),
        ),
      ],
    };
  }
  for (const { mark, at } of [...open, ...lonely].sort((a, b) => a.at - b.at)) {
    const full = AS_FULL[mark];
    if (full && !isCjk(visible(block, at, -1)) && !isCjk(visible(block, at, 1))) continue;
    const other = PAIRS[full ?? mark] ?? CLOSERS.get(full ?? mark)!;
    yield {
      offset: base + at,
      length: 1,
      message: full ? `半角括号“${mark}”在本段中没有配对的另一半：补全后改为全角括号“（）”。` : `“${mark}”在本段中没有配对的“${other}”。`,
    };
  }
}

interface OpenMark {
  mark: string;
  at: number;
  depth: number;
}

function hanCounts(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i] + (HAN.test(String.fromCodePoint(text.codePointAt(i)!)) ? 1 : 0);
  return counts;
}

/** The nearest character before (-1) or after (+1) `at` that is not white space. */
function visible(text: string, at: number, direction: -1 | 1): string | undefined {
  let i = at + direction;
  while (i >= 0 && i < text.length && /\s/.test(text[i])) i += direction;
  return text[i];
}

/** Straight quotes in Chinese text become curly ones, a pair at a time; an odd number is only reported. */
function* straightQuotes(block: string, base: number): Iterable<Report> {
  if (!block.includes('"')) return;
  const quotes = [...block.matchAll(/"/g)].map((m) => m.index!);
  if (quotes.length % 2) {
    for (const at of quotes) {
      yield { offset: base + at, length: 1, message: '中文中应使用弯引号“”，且本段的直引号不成对，请检查。' };
    }
    return;
  }
  for (let k = 0; k < quotes.length; k += 2) {
    const [from, to] = [quotes[k], quotes[k + 1]];
    yield {
      offset: base + from,
      length: to - from + 1,
      message: '中文中应使用弯引号“”，不用直引号""。',
      fixes: [
        kindFix({ name: '对直引号“""”', action: '改为弯引号““””' }, '改为弯引号“”', [
          { offset: base + from, length: 1, newText: '“' },
          { offset: base + to, length: 1, newText: '”' },
        ]),
      ],
    };
  }
}

function isLayoutLine(line: string): boolean {
  return line.replace(/\s/g, '').length <= 8 || !/[，。；！？]/.test(line);
}

function insideQuotes(line: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (line[i] === '“') depth++;
    else if (line[i] === '”' && depth > 0) depth--;
  }
  return depth > 0;
}

function* spaces(line: string, original: string, base: number): Iterable<Report> {
  if (!/[ \t]/.test(line)) return;
  let layout: boolean | undefined; // of the line, decided once rather than per space
  for (const m of line.matchAll(SPACES)) {
    // Blanked-out Markdown syntax looks like spaces in the prose; only real spaces count.
    if (original.slice(m.index!, m.index! + m[0].length).trim()) continue;
    const betweenHan = HAN.test(line[m.index! - 1]) && HAN.test(line[m.index! + m[0].length]);
    // A space between characters is layout on a line that is no sentence — a padded name (王  伟), a
    // byline (市长 胡衡华), a title — and part of a quoted slogan (“雄奇山水 新韵重庆”).
    if (betweenHan && ((layout ??= isLayoutLine(line)) || insideQuotes(line, m.index!))) continue;
    const edits = [{ offset: base + m.index!, length: m[0].length, newText: '' }];
    yield betweenHan
      ? {
          offset: base + m.index!,
          length: m[0].length,
          severity: 'info',
          message: '中文之间多了空格（常见于从 PDF 或网页复制的文字），应删除。',
          fixes: [kindFix({ name: '中文之间的空格', action: '删除' }, '删除中文之间的空格', edits)],
        }
      : {
          offset: base + m.index!,
          length: m[0].length,
          severity: 'info',
          message: '公文中汉字与数字、字母之间不加空格（如“2026年”，不写“2026 年”）。',
          fixes: [kindFix({ name: '汉字与数字、字母之间的空格', action: '删除' }, '删除空格', edits)],
        };
  }
}

/**
 * Text pasted from the web can hold hundreds of half-width commas: more than GROUP_ABOVE safe fixes
 * of one kind become one finding (at the first) whose fix holds every edit, so fix-all and the
 * quick fix still change each mark while the Problems panel shows one line.
 */
function groupByKind(findings: Finding[]): Finding[] {
  const byKind = new Map<string, Finding[]>();
  const rest: Finding[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix?.safe || !KINDS.has(fix.title)) {
      rest.push(f);
      continue;
    }
    const group = byKind.get(fix.title);
    if (group) group.push(f);
    else byKind.set(fix.title, [f]);
  }
  for (const [title, group] of byKind) {
    if (group.length <= GROUP_ABOVE) {
      rest.push(...group);
      continue;
    }
    const { name, action } = KINDS.get(title)!;
    rest.push({
      ...group[0],
      message: `本文有 ${group.length} 处${name}，可一键${action}。`,
      fixes: [
        { title: `全部${action}（${group.length} 处）`, safe: true, count: group.length, edits: group.flatMap((f) => f.fixes[0].edits) },
      ],
    });
  }
  return rest;
}
