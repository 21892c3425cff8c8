import { chineseNumber, parseChineseNumber } from './numerals';

/**
 * Heading and enumeration markers at the start of a line, as GB/T 9704-2012 §7.3.3 orders them:
 * 一、 / （一） / 1. / （1）, plus the in-paragraph series 一是 and 第一，.
 */
export type MarkerStyle = 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'enum-shi' | 'enum-di';

export interface Marker {
  style: MarkerStyle;
  /** 1–4 for the four heading levels; 0 for the in-paragraph series. */
  level: number;
  number: number;
  /** The marker as written, e.g. "(一)". */
  text: string;
  /** The correct form when `text` is a wrong variant (half-width brackets, 一. , 1、). */
  correct?: string;
}

const CN = '[一二三四五六七八九十]{1,3}';

interface Form {
  style: MarkerStyle;
  regex: RegExp;
  number: (m: RegExpExecArray) => number | undefined;
}

// OCR reads 一 in （一） as a hyphen or dash: （-） (－) (—) are （一）.
const DASH_ONE = '[-－—–‐]';
const IS_DASH_ONE = new RegExp(`^${DASH_ONE}$`);
const cn = (m: RegExpExecArray) => (IS_DASH_ONE.test(m[1]) ? 1 : parseChineseNumber(m[1]));
const ar = (m: RegExpExecArray) => Number(m[1]);

// Correct forms first: a line is read with the first form that matches.
const FORMS: Form[] = [
  { style: 'cn-dun', regex: new RegExp(`^(${CN})、`), number: cn },
  { style: 'cn-paren', regex: new RegExp(`^（(${CN})）(?!、)`), number: cn },
  { style: 'arabic-dot', regex: /^(\d{1,2})\.(?![\d.])/, number: ar },
  { style: 'arabic-paren', regex: /^（(\d{1,2})）(?!、)/, number: ar },
  { style: 'enum-shi', regex: new RegExp(`^(${CN})是(?=[^\\s，。、；：])`), number: cn },
  { style: 'enum-di', regex: new RegExp(`^第(${CN})，`), number: cn },
  // Wrong variants of the same markers.
  // 一. 一． (IME dot) and 一， (comma typed for 、).
  { style: 'cn-dun', regex: new RegExp(`^(${CN})(?:[.．](?!\\d)|[，,](?![一二三四五六七八九十]))\\s*`), number: cn },
  { style: 'cn-paren', regex: new RegExp(`^[（(](${CN})[）)]、?\\s*`), number: cn },
  { style: 'cn-paren', regex: new RegExp(`^[（(](${DASH_ONE})[）)]、?\\s*(?=[\\u4e00-\\u9fff])`), number: cn },
  { style: 'arabic-dot', regex: /^(\d{1,2})(?:[、，,]|．(?!\d))\s*/, number: ar },
  { style: 'arabic-paren', regex: /^[（(](\d{1,2})[）)]、?\s*/, number: ar },
  { style: 'enum-di', regex: new RegExp(`^第(${CN})[、,]`), number: cn },
];

const LEVEL: Record<MarkerStyle, number> = {
  'cn-dun': 1,
  'cn-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
  'enum-shi': 0,
  'enum-di': 0,
};

export function formatMarker(style: MarkerStyle, n: number): string {
  switch (style) {
    case 'cn-dun':
      return `${chineseNumber(n)}、`;
    case 'cn-paren':
      return `（${chineseNumber(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'enum-shi':
      return `${chineseNumber(n)}是`;
    case 'enum-di':
      return `第${chineseNumber(n)}，`;
  }
}

/** Reads the marker at the start of `content` (already without indentation). */
export function readMarker(content: string): Marker | undefined {
  for (const form of FORMS) {
    const m = form.regex.exec(content);
    if (!m) continue;
    const number = form.number(m);
    if (number === undefined || number < 1) continue;
    const text = m[0];
    const expected = formatMarker(form.style, number);
    return { style: form.style, level: LEVEL[form.style], number, text, correct: text === expected ? undefined : expected };
  }
  return undefined;
}
