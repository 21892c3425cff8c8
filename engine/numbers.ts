/**
 * Numbers as a proofreader reads them: Arabic (12, 1.2万, 3亿元, 12.5%) and Chinese (十二, 一百零五, 两千三百,
 * 三万五千) numerals, with the rounding the text states (约, 左右, 近, 余, 多, decimal places). Values are exact
 * decimals (a bigint scaled by 10^scale), so 0.1 + 0.2 is 0.3 and a sum or rate is never off by a float error.
 */

/** value = units / 10^scale */
export interface Decimal {
  units: bigint;
  scale: number;
}

const TEN = 10n;
const pow10 = (n: number): bigint => TEN ** BigInt(n);

export function decimal(text: string): Decimal {
  const [int, frac = ''] = text.split('.');
  return { units: BigInt(int + frac || '0'), scale: frac.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** 1.50 → "1.5", 120000 → "120000". */
export function format(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const int = digits.slice(0, digits.length - a.scale);
  const frac = digits.slice(digits.length - a.scale).replace(/0+$/, '');
  return (negative ? '-' : '') + int + (frac ? `.${frac}` : '');
}

/**
 * Values as the text writes them: in 亿 or 万 when every amount compared was written so (0.5亿+0.8亿=1.3亿元),
 * else in units. Returns a formatter for values and the unit to put after them.
 */
export function writtenAs(list: readonly Amount[]): (value: Decimal) => string {
  const magnitude = list.every((a) => a.magnitude === list[0].magnitude) ? list[0].magnitude : '';
  const exp = [...magnitude].reduce((n, c) => n + BIG_UNIT[c], 0);
  return (value) => `${format({ units: value.units, scale: value.scale + exp })}${magnitude}${list[0].unit}`;
}

/** a / b × 100 rounded half up to `places` decimals (b ≠ 0). */
export function percentOf(a: Decimal, b: Decimal, places: number): Decimal {
  const [x, y] = align(a, b);
  const numerator = x * 100n * pow10(places) * 2n;
  const denominator = y;
  let q = numerator / denominator;
  q = q >= 0n ? (q + 1n) / 2n : (q - 1n) / 2n;
  return { units: q, scale: places };
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const BIG_UNIT: Record<string, number> = { 万: 4, 亿: 8 };

/** 十二 → 12, 一百零五 → 105, 三万五千 → 35000, 两亿 → 200000000; undefined when it is not a well-formed numeral. */
export function parseChinese(text: string): bigint | undefined {
  if (!text || !/^[〇零一二两三四五六七八九十百千万亿]+$/.test(text)) return undefined;
  let total = 0n;
  let section = 0n;
  let digit: bigint | undefined;
  let lastSmall = 4;
  for (const c of text) {
    if (c in DIGIT) {
      if (digit !== undefined && DIGIT[c] !== 0) return undefined; // 二三: a range, not a numeral
      digit = DIGIT[c] === 0 ? undefined : BigInt(DIGIT[c]);
      if (DIGIT[c] === 0) lastSmall = 4;
    } else if (c in SMALL_UNIT) {
      const exp = SMALL_UNIT[c];
      if (exp >= lastSmall && section !== 0n) return undefined;
      section += (digit ?? (c === '十' ? 1n : undefined) ?? -1n) * pow10(exp);
      if (section < 0n) return undefined;
      digit = undefined;
      lastSmall = exp;
    } else {
      section += digit ?? 0n;
      if (section === 0n && total === 0n) return undefined;
      total = (total + section) * pow10(BIG_UNIT[c]);
      section = 0n;
      digit = undefined;
      lastSmall = 4;
    }
  }
  return total + section + (digit ?? 0n);
}

export interface Amount {
  /** Where it stands in the text it was read from, and what it covers (marker words included). */
  offset: number;
  length: number;
  value: Decimal;
  /** 个, 家, 人, 元, %… (after 万/亿). */
  unit: string;
  /** 万, 亿 or 万亿 as written before the unit (1.2亿元), else empty: messages show values the same way. */
  magnitude: string;
  /** 约, 左右, 近, 余, 多, 超过…: the value is not meant exactly. */
  approximate: boolean;
  /** Decimal places as written (12.5% → 1); for a rate, the precision it was rounded to. */
  places: number;
  /** 百分点 rather than %. */
  points: boolean;
}

const BEFORE = /(约|近|大约|将近|接近|超过|超|逾|达到近|近乎)$/;
const NUMBER =
  /(?<![0-9.０-９〇零一二两三四五六七八九十百千万亿第])(?:([0-9]+(?:\.[0-9]+)?)([万亿]{0,2})|([〇零一二两三四五六七八九十百千万亿]+))(余|多)?(个百分点|百分点|%|％|[个家人名项次所户元件条起台套处篇批种类座辆吨亩])?(左右|以上|多)?/g;

/**
 * Every amount in `text`: a number with its counter or %. Bare Chinese numerals without a counter are left out
 * (一是, 三严三实, 十分), and so are ordinals (第三), ranges (三四个), years (2026年) and times.
 */
export function amounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, arabic, scale, chinese, over, unitRaw, after] = m;
    let value: Decimal;
    let places = 0;
    if (arabic !== undefined) {
      value = decimal(arabic);
      places = value.scale;
      for (const c of scale) value = mul(value, { units: pow10(BIG_UNIT[c]), scale: 0 });
    } else {
      const n = parseChinese(chinese);
      if (n === undefined) continue;
      value = { units: n, scale: 0 };
    }
    const unit = unitRaw ?? '';
    if (!unit) continue;
    let start = m.index!;
    const marker = BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    const approximate = !!marker || !!over || after === '左右' || after === '多' || after === '以上';
    if (marker) start -= marker[1].length;
    found.push({
      offset: start,
      length: m.index! + whole.length - start,
      value,
      unit: unit === '％' ? '%' : unit === '个百分点' ? '百分点' : unit,
      magnitude: scale ?? '',
      approximate,
      places,
      points: unit.endsWith('百分点'),
    });
  }
  return found;
}
