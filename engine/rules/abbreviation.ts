import data from '../../data/unit-names.json';
import type { Rule } from '../rule';
import { bookTitleAround } from '../text-spans';
import type { Report } from '../types';

/** （以下简称“发改委”）, （下称巡视组）, （简称“两新”）: the 简称 a document defines for what precedes it. */
const DEFINITION = /[（(](?:以下|下文)?(?:简称|称)[为：:]?[“"]?([\u4e00-\u9fa5A-Za-z0-9]{2,12})[”"]?[）)]/g;
/** Real reports define a handful; past this many the rest are not checked, so a crafted text stays linear. */
const MAX_DEFINITIONS = 200;
/** The name a definition is attached to: the Han characters right before its parenthesis. */
const NAME_BEFORE = /[\u4e00-\u9fa5]{1,24}$/;

interface Place {
  offset: number;
  length: number;
}

/**
 * 全称 on first mention, one 简称 after: a 简称 the document defines (以下简称“X”) but uses before the definition;
 * one defined twice; and, for the organisations of data/unit-names.json, a 简称 written before the first full name,
 * or two 简称 of one organisation mixed. A 简称 alone, with no full name anywhere, is left alone.
 */
export const abbreviation: Rule = {
  id: 'abbreviation',
  category: 'consistency',
  description: '简称先于全称出现、简称在定义前使用或前后不一致',
  details:
    '文中用“（以下简称“X”）”定义的简称，在定义之前已经使用时提示（首次出现应写全称并注明简称）；同一简称定义两次时提示。' +
    '对 data/unit-names.json 中的机构（发展和改革委员会、人力资源和社会保障局……），简称先于全称出现、或同一机构混用两种简称时提示。' +
    '只出现简称、全文没有全称时不报。给出相关位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  examples: {
    valid: ['联合市发展和改革委员会（以下简称“发改委”）印发方案。发改委牵头落实。\n', '市发展改革委牵头落实，各部门配合。\n'],
    invalid: [
      '第三组进驻后，中央第三巡视组（以下简称“第三组”）指出问题，第三组的意见全部落实。\n',
      '会同市发改委开展调研。联合市发展和改革委员会印发方案。\n',
    ],
  },
  *check({ model }) {
    const text = model.prose;
    const title = model.structure().title;
    // The title and 《…》 name documents: their words are not uses of a 简称 (…审计工作报告反映问题整改情况的报告).
    const isUse = (p: Place) =>
      !(title && p.offset >= title.offset && p.offset < title.offset + title.length) &&
      !bookTitleAround(text, p.offset, p.offset + p.length);
    const defined = new Set<string>();
    yield* definitions(text, defined, isUse);
    yield* knownNames(text, defined, isUse);
  },
};

/** Checks each （以下简称“X”） and adds X to `names`. */
function* definitions(text: string, names: Set<string>, isUse: (p: Place) => boolean): Generator<Report> {
  const defined = new Map<string, Place>();
  for (const m of text.matchAll(DEFINITION)) {
    if (defined.size >= MAX_DEFINITIONS) return;
    const short = m[1];
    const at = m.index! + m[0].indexOf(short);
    const first = defined.get(short);
    if (first) {
      yield {
        offset: at,
        length: short.length,
        severity: 'info',
        message: `简称“${short}”已在前文定义过，不必再次定义。`,
        related: [{ ...first, message: `“${short}”的第一次定义` }],
      };
      continue;
    }
    defined.set(short, { offset: at, length: short.length });
    names.add(short);
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index! - 24), m.index!))?.[0] ?? '';
    const early = occurrences(text, short, 0, m.index!).find((p) => isUse(p) && !insideName(text, p, short, name));
    if (!early) continue;
    yield {
      offset: early.offset,
      length: early.length,
      message: `简称“${short}”在后文才定义（以下简称），此前已经使用：首次出现应写全称并注明简称。`,
      related: [{ offset: at, length: short.length, message: `“${short}”的定义` }],
    };
  }
}

/** Whether the 简称 at `p` is part of the full name it abbreviates (巡视组 in 中央第三巡视组), written in full there. */
function insideName(text: string, p: Place, short: string, name: string): boolean {
  if (!name.endsWith(short) || name.length === short.length) return false;
  const lead = name.slice(0, name.length - short.length).slice(-2);
  return text.slice(p.offset - lead.length, p.offset) === lead;
}

/** The organisations of data/unit-names.json; a 简称 the document defines itself is left to definitions(). */
function* knownNames(text: string, defined: ReadonlySet<string>, isUse: (p: Place) => boolean): Generator<Report> {
  for (const entry of data.entries) {
    const full = occurrences(text, entry.full);
    const shorts = entry.short
      .map((short) => ({ short, places: occurrences(text, short).filter((p) => isUse(p) && !full.some((f) => within(p, f))) }))
      .filter((s) => s.places.length);
    if (!shorts.length) continue;
    const firstShort = shorts.reduce((a, b) => (b.places[0].offset < a.places[0].offset ? b : a));
    if (full.length && firstShort.places[0].offset < full[0].offset && !defined.has(firstShort.short)) {
      yield {
        ...firstShort.places[0],
        severity: 'info',
        message: `“${firstShort.short}”先于全称“${entry.full}”出现：首次提及宜用全称，其后再用简称。`,
        related: [{ ...full[0], message: `全称“${entry.full}”首次出现处` }],
      };
    }
    if (shorts.length > 1) {
      const [used, other] = shorts[0].places[0].offset === firstShort.places[0].offset ? shorts : [shorts[1], shorts[0]];
      yield {
        ...other.places[0],
        severity: 'info',
        message: `同一机构的简称前后不一致：“${used.short}”与“${other.short}”（${entry.full}），宜统一为一种。`,
        related: [{ ...used.places[0], message: `“${used.short}”首次出现处` }],
      };
    }
  }
}

function occurrences(text: string, word: string, from = 0, to = text.length): Place[] {
  const places: Place[] = [];
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + word.length)) {
    places.push({ offset: at, length: word.length });
  }
  return places;
}

const within = (p: Place, f: Place) => p.offset >= f.offset && p.offset + p.length <= f.offset + f.length;
