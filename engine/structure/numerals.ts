const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}

/** 1 → 一, 12 → 十二, 20 → 二十 (1–99). */
export function chineseNumber(n: number): string {
  if (n < 10) return NAMES[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NAMES[tens]}十${NAMES[n % 10]}`;
}

/** Digits of a year written in Chinese: 二〇二六 → 2026. */
export function parseChineseDigits(text: string): number | undefined {
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return undefined;
  return Number([...text].map((c) => DIGITS[c]).join(''));
}
