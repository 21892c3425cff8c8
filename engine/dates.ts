/** Dates as YYYY-MM-DD strings, which compare correctly as strings. */

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** 2022-10-22 → 2022年10月22日 (公文 style: no leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days in a month of a year (Gregorian); February has 29 when the year is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2 && year === undefined) return 29;
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Y, M, D → YYYY-MM-DD. */
export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}
