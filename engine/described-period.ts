import { boundedMemo } from './bounded-memo';
import { periodNamed, timesNamed } from './period';
import type { Part, ReportStructure } from './structure/parse';

/** A year the report says it is about: in its title, its opening, or a top-level heading. */
export interface DescribedYear {
  year: number;
  /** Where it was read, for messages: 标题, 开头, 标题“一、2018年工作回顾”. */
  where: string;
  part: Part;
  /** Offset of the year within part.text. */
  index: number;
  /** A plan (计划、打算、要点) is written before the year it is about. */
  plan: boolean;
}

const FIRST_YEAR =
  /(?<![\d.〔[（(])((?:19|20)\d{2})(?:\s*年(?:度|上半年|下半年|第[一二三四]季度)?|(?=上半年|下半年|第?[一二三四]季度))(?![〕\]）)])/;
const PLAN = /计划|打算|要点|安排|思路|展望|目标|部署/;
/**
 * After a year, what makes it the year of an object the report deals with, not the report's own period: an
 * audited fiscal year (2020年度市本级预算执行……审计, reported on a year or two later) or a day-exact date (2021年11月8日
 * 至12月20日，区委巡察……: when an event happened, which the report follows up).
 */
const OBJECT_YEAR = /^[^，。；]{0,8}?(?:预算执行|决算|财政收支|审计)|^\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** The first year in `text` that is the text's own period (not an audited year or an event's date). */
function ownYear(text: string): RegExpExecArray | undefined {
  const all = new RegExp(FIRST_YEAR.source, 'g');
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!OBJECT_YEAR.test(text.slice(m.index + m[1].length + (text[m.index + m[1].length] === '年' ? 1 : 0)).replace(/^度/, ''))) return m;
  }
  return undefined;
}

/**
 * The years the report describes: the first year named in the title, else in the opening (that one
 * decides what the report is about), and each top-level heading's single year (一、2018年工作回顾).
 * Spans and 以来 (2021—2025年、2021年以来) describe history up to now, not the report's own year.
 */
export function describedYears(structure: ReportStructure, referenceDate: string): DescribedYear[] {
  const own = ownDescribedYear(structure);
  const found: DescribedYear[] = own ? [own] : [];
  for (const heading of structure.headings) {
    const title = heading.title.text;
    const named = titlePeriods(`${referenceDate} ${title}`, () => periodNamed(title, referenceDate));
    if (!named || !/\d/.test(named.cue) || named.period.from.slice(0, 4) !== named.period.to.slice(0, 4)) continue;
    found.push({
      year: Number(named.period.from.slice(0, 4)),
      where: `标题“${title}”`,
      part: heading.title,
      index: title.indexOf(named.cue),
      plan: PLAN.test(title),
    });
  }
  return found;
}

/** The year the report itself is about: the first named in its title, else in its opening (describedYears' first). */
export function ownDescribedYear(structure: ReportStructure): DescribedYear | undefined {
  for (const [part, where] of [
    [structure.title, '标题'],
    [structure.opening, '开头'],
  ] as const) {
    const m = part && ownYear(part.text);
    if (part && m) return { year: Number(m[1]), where, part, index: m.index, plan: PLAN.test(part.text) };
  }
  return undefined;
}

/**
 * Readings of a heading title, by reference date and title: a keystroke changes one title at most, and working
 * them out again for every heading of a long report was ~4 ms of each keystroke in 100,000 characters.
 */
const titlePeriods = boundedMemo<ReturnType<typeof periodNamed>>(10_000);
const titleReadings = boundedMemo<string>(10_000);

/**
 * All the time readings (describedYears, mentionTimes) take from a heading's title: the times it names, where,
 * and whether it is a plan. An edit that leaves this alone leaves the readings of other paragraphs alone.
 */
export function headingTimeReading(title: string, referenceDate: string): string {
  return titleReadings(`${referenceDate} ${title}`, () => JSON.stringify([timesNamed(title, referenceDate), PLAN.test(title)]));
}

/** A report on last year is normal early in the year; two years back is not. */
export function isStaleYear(year: number, referenceDate: string): boolean {
  const [refYear, refMonth] = referenceDate.split('-').map(Number);
  return year >= 1949 && (year <= refYear - 2 || (year === refYear - 1 && refMonth >= 7));
}

/**
 * The report's own year (its title's or opening's) when it is stale: last year's report copied as this
 * year's. `bodyFrom`: where the text after the part that named the year begins.
 */
export function copiedYear(structure: ReportStructure, referenceDate: string): { year: number; bodyFrom: number } | undefined {
  const own = ownDescribedYear(structure);
  if (!own || !isStaleYear(own.year, referenceDate)) return undefined;
  return { year: own.year, bodyFrom: own.part.offset + own.part.text.length };
}
