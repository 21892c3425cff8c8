import { chineseDate } from '../dates';
import { copiedYear } from '../described-period';
import { isStale, mentionTimes, type Period } from '../period';
import type { Rule, RuleContext } from '../rule';
import { CompiledOutdated, outdatedCategory, replacementFor, staleFrom } from '../rule-data';
import { OUTDATED_CATEGORIES } from '../outdated-categories';
import { bookTitleAround, sentenceAround } from '../text-spans';
import type { TextPattern } from '../text-pattern';
import type { Report } from '../types';

/** Formulations, names and campaigns that were current once and are not at the reference date. */
export const outdatedPhrasing: Rule = {
  id: 'outdated-phrasing',
  category: 'outdated',
  description: '已更名的机构、已修订的文件、已结束的规划和阶段性工作、已调整的表述',
  details: '过时提法，按参考日期和每处提及所指的时期判断（见下文“过时提法与所指时期”）；消息开头和级别由条目的类别决定；替换需确认。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  scope: 'paragraph',
  examples: {
    valid: ['市自然资源局开展土地执法检查。', '2017年，原国土资源局开展土地执法检查。'],
    invalid: ['市国土资源局开展土地执法检查。'],
  },
  *check({ model, referenceDate, data }) {
    // The flow, so a 提法 a line break splits (党史学习⏎教育) is found; the time of a mention is read in the prose.
    const flow = model.flow();
    const text = flow.text;
    const literal = data.outdatedLiterals.find(text);
    // One pass for all anchors: asking text.includes per anchor of hundreds of patterns cost more than the scans.
    const anchored = data.outdatedAnchors.find(text);
    // Read when a candidate is found: most paragraphs have none, and both read the whole structure.
    let timeOf: ReturnType<typeof mentionTimes> | undefined;
    let copied: ReturnType<typeof copiedYear> | null = null;
    const mentions: Mention[] = [];
    for (let i = 0; i < data.outdated.length; i++) {
      const compiled = data.outdated[i];
      const { entry, pattern, anchors } = compiled;
      if (referenceDate < entry.since || (entry.until && referenceDate >= entry.until)) continue;
      const worthScanning = pattern && (!anchors || anchored.has(i));
      for (const [at, found] of matches(text, literal.get(i) ?? [], worthScanning ? pattern : undefined)) {
        const since = staleFrom(compiled, text, at, found);
        if (referenceDate < since) continue;
        if (entry.notInside?.some((word) => isInside(text, at, found.length, word))) continue;
        if (compiled.near && !aboutTopic(text, at, compiled.near)) continue;
        if (outdatedCategory(entry) === 'institution' && (namedAsFormer(text, at, found.length) || endsInsideWord(flow, at + found.length)))
          continue;
        if (entry.context === 'current' && isStatistic(text, at, found.length)) continue;
        const place = flow.toText(at, found.length);
        const time = (timeOf ??= mentionTimes(model.prose, model.structure(), referenceDate))(place.offset, place.length);
        // A wrong name stays wrong in a sentence about the past; only a named time (2017年) excuses it.
        const named = entry.context === 'current' || time.basis === 'sentence' || time.basis === 'paragraph' || time.basis === 'heading';
        const now = { from: referenceDate, to: referenceDate };
        // In last year's report copied as this one, its own year is the copy's "now": in the body of a 2020
        // report redated 2026, 影响2020年脱贫攻坚收官 speaks of the present, not of history.
        if (copied === null) copied = copiedYear(model.structure(), referenceDate);
        const copiedNow = copied && place.offset >= copied.bodyFrom && withinYear(time.period, copied.year);
        const period = named && !copiedNow ? time.period : now;
        if (!isStale(period, since, entry.until)) continue;
        mentions.push({ at, found, compiled, since });
      }
    }
    // Entries may overlap (十四五时期 and a bare 十四五): one finding per place, the longest match.
    for (const [, , m] of longestFirst(mentions.map((m) => [m.at, m.found, m] as const))) yield flow.report(report(text, m));
  },
};

function withinYear(period: Period, year: number): boolean {
  return period.from >= `${year}-01-01` && period.to <= `${year}-12-31`;
}

interface Mention {
  at: number;
  found: string;
  compiled: CompiledOutdated;
  since: string;
}

function report(text: string, { at, found, compiled, since }: Mention): Report {
  const { entry } = compiled;
  const category = OUTDATED_CATEGORIES[outdatedCategory(entry)];
  const replacement = entry.new ? replacementFor(compiled, text, at, found) : '';
  const title = bookTitleAround(text, at, at + found.length);
  const sentence = sentenceAround(text, at, at + found.length);
  const elsewhere = text.slice(sentence.start, at) + text.slice(at + found.length, sentence.end);
  // A citation (《信访条例》, 《…（2018年修订）》) is not rewritten: article numbers differ between editions.
  const cited = found.includes('《');
  const fixable = entry.replace !== false && !!replacement && replacement !== found && !title && !cited && !elsewhere.includes(replacement);
  const current = replacement && replacement !== found && !replacement.startsWith('（') ? `现行写法是“${replacement}”。` : '';
  let advice = current;
  if (title) {
    advice = `“${found}”在所引文件${text.slice(title.start, title.end)}的名称中，书名不宜改动：请核对该文件是否已被废止、修订或取代，必要时改引现行文件。`;
  } else if (fixable) {
    advice = `建议改为“${replacement}”。`;
  } else if (cited && current) {
    advice = `${current}请核对所引条文在现行文件中的位置后改引。`;
  } else if (entry.replace !== false && current) {
    advice = `${current}本句已有这一写法，请调整句子而不是直接替换。`;
  }
  return {
    offset: at,
    length: found.length,
    severity: entry.severity ?? category.severity,
    message: `${category.label}：“${found}”。${entry.reason}${advice}（自${chineseDate(since)}起；来源：${entry.source}）`,
    entry: { id: entry.id, source: entry.source, date: since, reason: entry.reason, category: category.review },
    fixes: fixable
      ? [{ title: `替换为“${replacement}”`, safe: false, edits: [{ offset: at, length: found.length, newText: replacement }] }]
      : [],
  };
}

/** Items as [offset, text, …], longest first at a position, never overlapping. */
function longestFirst<T extends readonly [number, string, ...unknown[]]>(found: T[]): T[] {
  found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
  let end = -1;
  return found.filter(([at, t]) => (at >= end ? ((end = at + t.length), true) : false));
}

/** An entry's matches as [offset, text], longest first at a position, never overlapping. */
function matches(text: string, literal: [number, string][], pattern: TextPattern | undefined): [number, string][] {
  const found = [...literal];
  if (pattern) for (const match of pattern.matchAll(text)) found.push(match); // not push(...): 150,000 matches overflow the stack
  return longestFirst(found);
}

/** True when the match at [at, at+length) lies inside an occurrence of `word` in `text`. */
function isInside(text: string, at: number, length: number, word: string): boolean {
  // Every occurrence that could enclose the match starts in [from, at]: search only there, not on
  // through the text to wherever `word` next occurs (once per match, that is quadratic).
  const from = Math.max(0, at + length - word.length);
  const near = text.slice(from, at + word.length);
  for (let i = near.indexOf(word); i >= 0 && from + i <= at; i = near.indexOf(word, i + 1)) {
    if (from + i + word.length >= at + length) return true;
  }
  return false;
}

/**
 * 建设部 in 市场建设|部署, 农业部 in 农业|部长会议: the name's last character starts the next word, so the "name" is
 * only a seam between two words. …部门 is the exception: 国土资源部门 is the old name used for the whole field.
 */
function endsInsideWord(flow: ReturnType<RuleContext['model']['flow']>, end: number): boolean {
  const token = flow.tokensAround(end - 1, end + 1, false).find((t) => t.offset === end - 1);
  return !!token && token.text.length > 1 && !token.text.startsWith('部门');
}

/**
 * True when the paragraph around `at`, or the document's title line, mentions the topic: a generic
 * phrase (防控工作, 摸排返乡人员) names the epidemic only in a text about it.
 */
function aboutTopic(text: string, at: number, topic: TextPattern): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const title = text.trimStart().split('\n', 1)[0];
  return topic.test(text.slice(start, end < 0 ? text.length : end)) || topic.test(title);
}

/** 原国土资源局, 国土资源局（现自然资源局）, 人民银行某县支行旧址: the old name used on purpose, for the time before the reform. */
function namedAsFormer(text: string, at: number, length: number): boolean {
  return (
    /原$/.test(text.slice(Math.max(0, at - 1), at)) ||
    /^(?:[（(](?:现|今|已更名|已改为|已并入)|旧址|原址)/.test(text.slice(at + length, at + length + 4))
  );
}

// 贫困人口减少1000万、贫困村120个、减少贫困人口: a count of the time, not the old 提法 as today's work.
const COUNT =
  /^(?:的)?(?:数量|总数|人数|户数|规模|发生率)?(?:由|从|共|累计|分别|为|达到?|减少到?|增加到?|下降到?|降至|降到|降为|增至)?\s*(?:[0-9０-９]|[一二三四五六七八九十两]+[百千万亿])/;
const CHANGE_AFTER = /^(?:的)?(?:数量|总数|人数|户数|规模|发生率)?(?:减少|增加|下降|降至|降到|降为|增至)/;
const CHANGE_BEFORE = /(?:减少|增加|下降)了?(?:农村|城镇|全[省市县区])?$/;

function isStatistic(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 24);
  return COUNT.test(after) || CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}
