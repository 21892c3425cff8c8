import { attr, scanTags } from './xml';

/**
 * Word's automatic list numbering (numbering.xml), rendered as the label a reader sees: 一、（一）1.
 * Counters run per list (w:num) and a level restarts when a shallower level of its list advances.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

export interface NumberingDefinitions {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

export function parseNumbering(xml: string | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map() };
  if (!xml) return defs;
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstractId: string; starts: Map<number, number> } | undefined;
  let overrideLevel = -1;
  for (const tag of scanTags(xml)) {
    if (tag.kind === 'close') {
      if (tag.name === 'w:abstractNum') abstract = undefined;
      else if (tag.name === 'w:lvl') level = undefined;
      else if (tag.name === 'w:num') num = undefined;
      continue;
    }
    const val = attr(tag.attrs, 'w:val');
    switch (tag.name) {
      case 'w:abstractNum':
        abstract = new Map();
        defs.abstract.set(attr(tag.attrs, 'w:abstractNumId') ?? '', abstract);
        break;
      case 'w:lvl':
        if (abstract && !num) {
          level = { start: 1, format: 'decimal', text: '', suffix: 'tab' };
          abstract.set(Number(attr(tag.attrs, 'w:ilvl') ?? 0), level);
        }
        break;
      case 'w:start':
        if (level) level.start = Number(val ?? 1);
        break;
      case 'w:numFmt':
        if (level) level.format = val ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = val ?? '';
        break;
      case 'w:suff':
        if (level) level.suffix = val ?? 'tab';
        break;
      case 'w:num':
        if (tag.kind === 'open') {
          num = { abstractId: '', starts: new Map() };
          defs.nums.set(attr(tag.attrs, 'w:numId') ?? '', num);
        }
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = val ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(attr(tag.attrs, 'w:ilvl') ?? 0);
        break;
      case 'w:startOverride':
        if (num) num.starts.set(overrideLevel, Number(val ?? 1));
        break;
    }
  }
  return defs;
}

export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of the next paragraph in list `numId` at level `ilvl`, or '' (numId 0 means "no numbering"). */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return '';
    let counts = this.counters.get(numId);
    if (!counts) this.counters.set(numId, (counts = []));
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    if (level.format === 'none') return '';
    if (level.format === 'bullet') return level.text + (level.suffix === 'space' ? ' ' : '');
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counts[l] ?? startOf(l);
      return formatNumber(value, levels.get(l)?.format ?? 'decimal');
    });
    return label + (level.suffix === 'space' ? ' ' : '');
  }
}

const DIGITS = '零一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chinese(n);
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (list numbers stay far below 10,000). */
function chinese(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) {
      out += '零';
      zero = false;
    }
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

function letters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let v = n;
  for (const [value, symbol] of table) for (; v >= value; v -= value) s += symbol;
  return s;
}
