import type { Heading, ReportStructure } from './structure/parse';
import { parseChineseNumber } from './structure/numerals';

/**
 * The period a mention refers to. A 提法 that was right once is wrong only where the text speaks of
 * a time after it was superseded: "过去五年，扎实开展党史学习教育" (2026) is history, "今年以来深入开展党史
 * 学习教育" is stale. Each mention gets a period from, in this order: what follows it directly (…期间,
 * …以来, …成果 name its own time), the nearest time expression in its sentence (explicit years and
 * spans, relative words: the CUES table), the look-back its paragraph opens with (五年来，……; 全会指出，2021年
 * 是……), its section heading, a past-tense marker, else the reference date.
 */

/** Both ends inclusive, YYYY-MM-DD; open ends are EARLIEST / LATEST. */
export interface Period {
  from: string;
  to: string;
}

export type TimeBasis = 'own' | 'sentence' | 'paragraph' | 'heading' | 'past' | 'unmarked';

export interface MentionTime {
  period: Period;
  basis: TimeBasis;
  /** The words that decided (empty when unmarked). */
  cue: string;
}

export const EARLIEST = '0000-01-01';
export const LATEST = '9999-12-31';

/** What the reference date makes of relative words. */
interface Now {
  date: string;
  year: number;
  month: number;
}

/** A time expression: its pattern and the period it means. */
interface Cue {
  pattern: RegExp;
  /** What the words mean, in one line (docs/rules.md quotes this table). */
  means: string;
  period(match: RegExpExecArray, now: Now): Period | undefined;
}

const Y = '(?<![\\d.])((?:19[5-9]|20\\d)\\d)';
/** A year written without 年 counts only where nothing can make it a number: 2018抓……, 2023上半年. */
const BARE_YEAR = `(?<=^|[\\s，。；：、（(])${Y}(?=[，、：:]|$|[\\u4e00-\\u9fff])(?![万亿元个件人次项户家名份条台套米吨亩斤克部篇场批所座辆余多])`;
const N = '([一二三四五六七八九十两]|\\d{1,2})';
const PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};
const CONGRESSES: Record<string, string> = {
  十六大: '2002-11-08',
  十七大: '2007-10-15',
  十八大: '2012-11-08',
  十九大: '2017-10-18',
  二十大: '2022-10-16',
};

/** The time expressions and what each means. The nearest one to a mention decides. */
export const CUES: Cue[] = [
  {
    pattern: re(`${Y}\\s*年?\\s*(?:—|–|－|-|～|~|至|到)\\s*${Y}\\s*年`),
    means: '2021—2025年, 2019年至2021年: that span',
    period: (m) => span(`${m[1]}-01-01`, `${m[2]}-12-31`),
  },
  {
    pattern: re(`${Y}\\s*年?\\s*(?:(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?\\s*)?(?:以来|来(?![看说讲])|开始)`),
    means: '2021年以来, 2021年3月以来: from then to now',
    period: (m, now) => span(m[2] ? (month(+m[1], +m[2])?.from ?? `${m[1]}-01-01`) : `${m[1]}-01-01`, now.date),
  },
  {
    pattern: re(`${Y}\\s*年?\\s*(?:(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?\\s*)?起`),
    means: '自2027年起: from then on',
    period: (m) => span(m[2] ? (month(+m[1], +m[2])?.from ?? `${m[1]}-01-01`) : `${m[1]}-01-01`, LATEST),
  },
  { pattern: re(`${Y}\\s*年\\s*(\\d{1,2})\\s*月(?!\\d)`), means: '2024年7月: that month', period: (m) => month(+m[1], +m[2]) },
  {
    pattern: re(`${Y}\\s*年?\\s*上半年`),
    means: '2023年上半年, 2023上半年: January–June',
    period: (m) => span(`${m[1]}-01-01`, `${m[1]}-06-30`),
  },
  { pattern: re(`${Y}\\s*年?\\s*下半年`), means: '2023年下半年: July–December', period: (m) => span(`${m[1]}-07-01`, `${m[1]}-12-31`) },
  {
    pattern: re(`${Y}\\s*年(?:度)?|${BARE_YEAR}`),
    means: '2024年, 2024年度, “2018抓……” (no 年, at a clause start): that year',
    period: (m) => year(+(m[1] ?? m[2])),
  },
  {
    pattern: /今年以来|今年来|本年度?以来|年初以来|入年以来/g,
    means: 'since 1 January of the reference year',
    period: (_, now) => span(`${now.year}-01-01`, now.date),
  },
  { pattern: /今年|本年度?/g, means: 'the reference year', period: (_, now) => year(now.year) },
  { pattern: /去年|上年度?|上一年度?/g, means: 'the year before the reference year', period: (_, now) => year(now.year - 1) },
  { pattern: /前年/g, means: 'two years before the reference year', period: (_, now) => year(now.year - 2) },
  { pattern: /明年|下一年度?/g, means: 'the year after the reference year', period: (_, now) => year(now.year + 1) },
  {
    pattern: /过去的?一年|一年来|这一年/g,
    means: 'the past year: the year before when written in January–April, else the reference year',
    period: (_, now) => year(now.month <= 4 ? now.year - 1 : now.year),
  },
  {
    pattern: new RegExp(`(?:过去的?|近|这)${N}年(?:来|间|里|中)?|${N}年来`, 'g'),
    means: '过去五年, 近三年, 五年来: from N years before to now',
    period: (m, now) => lastYears(m[1] ?? m[2], now),
  },
  { pattern: /近年来|近几年|近些年/g, means: 'recent years: the last three', period: (_, now) => span(`${now.year - 3}-01-01`, now.date) },
  { pattern: /多年来|长期以来|历年来|一直以来|历史上/g, means: 'a long past up to now', period: (_, now) => span(EARLIEST, now.date) },
  {
    pattern: /[“"]?(十[一二三四五]五)[”"]?(?:规划)?(时期|期间|以来|末|初期|期)/g,
    means: '“十四五”时期: 2021–2025; …以来: from its start to now; 时期/期间 of a plan still running: now and ahead',
    period: (m, now) => planPeriod(m[1], m[2], now),
  },
  {
    pattern: /(?:新冠)?疫情(?:防控)?期间|抗疫期间/g,
    means: 'the COVID-19 years (20 January 2020 – 7 January 2023)',
    period: () => span('2020-01-20', '2023-01-07'),
  },
  {
    pattern: /党的(十[六七八九]大|二十大)(?:召开)?以来/g,
    means: '党的二十大以来: from that congress to now',
    period: (m, now) => span(CONGRESSES[m[1]], now.date),
  },
  { pattern: /新时代(?:以来|十年)/g, means: 'since 党的十八大', period: (_, now) => span(CONGRESSES.十八大, now.date) },
  // 利当前、惠长远, 立足当前、着眼长远: a policy weighing now against later, not the time spoken of.
  {
    pattern: /当前(?![、，和与]?[^，。；]{0,3}长远)|目前|现阶段|眼下|当下|现在|新征程上/g,
    means: 'the reference date',
    period: (_, now) => span(now.date, now.date),
  },
  // 开创美好未来, 面向未来: the future as a thing named, not the time of the sentence.
  {
    pattern: /今后|下一步|下步|(?<!美好|的|开创|赢得|面向|创造|拥抱|展望)未来|即将/g,
    means: 'from the reference date on',
    period: (_, now) => span(now.date, LATEST),
  },
];

/** Right after the mention: words that name the mention's own time (党史学习教育期间, …开展以来, …成果). */
const OWN_TIME = /^[”"》]?\s*(?:期间|以来|(?:开展|启动|实施)(?:以来|期间)|(?:取得的)?成果)/;
/** Past-tense markers in the mention's clause: before the reference date. */
// 期间 of an unnamed period (活动期间) is a time the text does not date: like the past, it excuses.
const PAST = /已于|已经|已|曾经|曾|此前|之前|以前|当时|那时|时任|回顾|先后|原来|期间/;
const PAST_ASPECT_BEFORE = /[了过]\s*$/;
const PAST_ASPECT_AFTER = /^[了过]/;
const SENTENCE_STOP = /[。；！？!?\n\r]/;
const MAX_REACH = 160;
/** A paragraph's look-back cue stands in its opening words: 五年来，… or 全会指出，2021年是…. */
const OPENING_REACH = 16;

/**
 * Builds the resolver for one report. A time expression counts in its own sentence, a heading's for its
 * section, and a look-back that opens a paragraph (五年来，…; 2021年是……的一年。…) for the rest of that
 * paragraph up to the next heading. A paragraph opening with the reference year or later
 * ("2026年，我局……") dates nothing beyond its sentence: its other sentences are the present anyway, and a
 * 提法 stale within this year must still be found there.
 */
export function mentionTimes(
  prose: string,
  structure: ReportStructure,
  referenceDate: string,
): (at: number, length: number) => MentionTime {
  const now = nowAt(referenceDate);
  const headings = structure.all.filter((h) => h.kind === 'heading');
  // The innermost heading whose section holds `at`: the last heading starting at or before it (binary
  // search; headings are in document order), or the nearest ancestor whose section reaches `at`.
  // Filtering every heading per mention would be quadratic in a report with many of both.
  const sectionOf = (at: number) => {
    let h: Heading | undefined = headings[lastAtOrBefore(headings.length, (i) => headings[i].start <= at)];
    while (h && !(h.kind === 'heading' && at < h.end)) h = h.parent;
    return h;
  };
  // Each paragraph's look-back is read once, when first asked (paragraphs are in document order).
  const paragraphs = structure.paragraphs;
  const lookBacks = new Map<number, { period: Period; cue: string; cueEnd: number; until: number } | null>();
  const lookBackOf = (at: number) => {
    const i = lastAtOrBefore(paragraphs.length, (k) => paragraphs[k].offset <= at);
    const p = paragraphs[i];
    if (!p || at >= p.offset + p.length) return undefined;
    if (!lookBacks.has(i)) lookBacks.set(i, openingLookBack(prose, p.offset, p.offset + p.length, headings, now));
    const found = lookBacks.get(i);
    // The look-back dates what follows it, not a mention that is itself the cue (2022—2024年……三年行动).
    return found && found.cueEnd <= at && at < found.until ? found : undefined;
  };
  return (at, length) => {
    const { before, after } = sentenceAround(prose, at, length);
    const own = OWN_TIME.exec(after);
    if (own) return { period: span(EARLIEST, LATEST), basis: 'own', cue: own[0] };
    const found = nearestCue(before, after, now);
    if (found) return { ...found, basis: 'sentence' };
    const lookBack = lookBackOf(at);
    if (lookBack) return { period: lookBack.period, cue: lookBack.cue, basis: 'paragraph' };
    for (let h = sectionOf(at); h; h = h.parent) {
      const inHeading = wholeSpanNamed(h.title.text, now);
      if (inHeading) return { ...inHeading, basis: 'heading' };
    }
    // Tense belongs to the verb phrase: only the part between commas around the mention counts.
    const [left, right] = [before.slice(before.search(/[^，,：:]*$/)), after.split(/[，,：:]/)[0]];
    const past = PAST.exec(left) ?? PAST.exec(right) ?? PAST_ASPECT_BEFORE.exec(left) ?? PAST_ASPECT_AFTER.exec(right);
    if (past) return { period: span(EARLIEST, dayBefore(referenceDate)), basis: 'past', cue: past[0] };
    return { period: span(referenceDate, referenceDate), basis: 'unmarked', cue: '' };
  };
}

/** The last index i < length with atOrBefore(i) (a prefix of indexes holds it), or -1: binary search. */
function lastAtOrBefore(length: number, atOrBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The look-back a paragraph opens with: the first time expression of its first sentence, standing in its
 * opening words, when it reaches back before the reference year (五年来, 2021年是……, 过去一年 in January).
 * It holds up to the paragraph's end or the next heading, whichever comes first.
 */
function openingLookBack(
  prose: string,
  start: number,
  end: number,
  headings: readonly Heading[],
  now: Now,
): { period: Period; cue: string; cueEnd: number; until: number } | null {
  const paragraph = prose.slice(start, end);
  const lead = paragraph.search(/\S/);
  if (lead < 0) return null;
  const stop = paragraph.slice(lead).search(SENTENCE_STOP);
  const first = paragraph.slice(lead, stop < 0 ? undefined : lead + stop);
  let best: { period: Period; cue: string; index: number } | undefined;
  for (const c of cuesIn(first, now)) {
    if (c.index < OPENING_REACH && (!best || c.index < best.index || (c.index === best.index && c.cue.length > best.cue.length))) best = c;
  }
  if (!best || best.period.from >= `${now.year}-01-01`) return null;
  const next = headings[lastAtOrBefore(headings.length, (i) => headings[i].start <= start + lead) + 1];
  return {
    period: best.period,
    cue: best.cue,
    cueEnd: start + lead + best.index + best.cue.length,
    until: next && next.start < end ? next.start : end,
  };
}

/** A mention is stale when its period lies wholly inside [since, until) of the entry. */
export function isStale(period: Period, since: string, until?: string): boolean {
  return period.from >= since && (!until || period.to < until);
}

/** The time one piece of text names (a heading, a title), nearest its end, or undefined. */
export function periodNamed(text: string, referenceDate: string): { period: Period; cue: string } | undefined {
  return nearestCue(text, '', nowAt(referenceDate));
}

/** Every time expression in `text` (a heading's title): what it names and where. */
export function timesNamed(text: string, referenceDate: string): { period: Period; cue: string; index: number }[] {
  return [...cuesIn(text, nowAt(referenceDate))];
}

function nowAt(referenceDate: string): Now {
  const [year, month] = referenceDate.split('-').map(Number);
  return { date: referenceDate, year, month };
}

/**
 * The time expression nearest the mention: the last one before it, else the first after it.
 */
function nearestCue(before: string, after: string, now: Now): { period: Period; cue: string } | undefined {
  let best: { period: Period; cue: string; score: number } | undefined;
  const consider = (text: string, isBefore: boolean) => {
    for (const { period, cue, index } of cuesIn(text, now)) {
      // Before: the later the end, the nearer; after: the earlier the start. Longer wins a tie.
      const score = isBefore ? (index + cue.length) * 1000 + cue.length : -index * 1000 + cue.length;
      if (!best || score > best.score) best = { period, cue, score };
    }
  };
  consider(before, true);
  if (!best) consider(after, false);
  return best && { period: best.period, cue: best.cue };
}

/** Every time expression in `text` with the period it names, in CUES order. */
function* cuesIn(text: string, now: Now): Generator<{ period: Period; cue: string; index: number }> {
  const masked = maskCitations(text);
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(masked); m; m = cue.pattern.exec(masked)) {
      if (!m[0]) {
        cue.pattern.lastIndex++;
        continue;
      }
      const period = cue.period(m, now);
      if (period) yield { period, cue: text.slice(m.index, m.index + m[0].length), index: m.index };
    }
  }
}

/**
 * A heading names the time of its whole section: “十四五”时期和2025年工作回顾 covers 2021–2025, not just its
 * last cue (2025年), so every time it names counts, from the earliest start to the latest end.
 */
function wholeSpanNamed(heading: string, now: Now): { period: Period; cue: string } | undefined {
  const found = [...cuesIn(heading, now)];
  if (!found.length) return undefined;
  const from = found.reduce((a, f) => (f.period.from < a ? f.period.from : a), found[0].period.from);
  const to = found.reduce((a, f) => (f.period.to > a ? f.period.to : a), found[0].period.to);
  return { period: span(from, to), cue: found.map((f) => f.cue).join('、') };
}

/** 《…》 titles and 〔2018〕 document numbers name documents, not the time spoken of. */
function maskCitations(text: string): string {
  return text.replace(/《[^《》]*》|〔[^〔〕]*〕|\[\d{4}\]|（\d{4}）/g, (s) => '□'.repeat(s.length));
}

function sentenceAround(text: string, at: number, length: number): { before: string; after: string } {
  let start = at;
  while (start > 0 && at - start < MAX_REACH && !SENTENCE_STOP.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && end - at < MAX_REACH && !SENTENCE_STOP.test(text[end])) end++;
  return { before: text.slice(start, at), after: text.slice(at + length, end) };
}

function planPeriod(name: string, suffix: string | undefined, now: Now): Period | undefined {
  const [first, last] = PLANS[name] ?? [];
  if (!first) return undefined;
  if (suffix === '以来') return span(`${first}-01-01`, now.date);
  const whole = span(`${first}-01-01`, `${last}-12-31`);
  // “十五五”期间要…… while it runs: now and ahead.
  if (whole.from <= now.date && now.date <= whole.to) return span(now.date, whole.to);
  return whole;
}

function lastYears(count: string, now: Now): Period | undefined {
  const n = /^\d+$/.test(count) ? Number(count) : count === '两' ? 2 : parseChineseNumber(count);
  return n ? span(`${now.year - n}-01-01`, now.date) : undefined;
}

function re(source: string): RegExp {
  return new RegExp(source, 'g');
}

function span(from: string, to: string): Period {
  return { from, to };
}

function year(y: number): Period {
  return span(`${y}-01-01`, `${y}-12-31`);
}

function month(y: number, m: number): Period | undefined {
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return span(`${y}-${mm}-01`, `${y}-${mm}-${last}`);
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
