import { DATE_MODES, findType, isIsoDate, ruleData } from '../../engine';
import type { DateMode, SeveritySetting } from '../../engine';

export type EnableMode = 'auto' | 'always' | 'never';

export interface Settings {
  enable: EnableMode;
  referenceDate: string;
  /** The default for files the workspace's .gongwen.json says nothing about. */
  dateMode: DateMode;
  rules: Record<string, SeveritySetting>;
  /** A report type name or id; empty = detect. */
  reportType: string;
  /** Length limit in 字; 0 = none. */
  maxLength: number;
}

export const defaultSettings: Settings = { enable: 'auto', referenceDate: '', dateMode: 'draft', rules: {}, reportType: '', maxLength: 0 };

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Turns whatever the client sent for the `gongwen` section into valid settings. Bad values
 * fall back to defaults and are reported, so a typo in settings.json never stops checking.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { ...defaultSettings, rules: {} };

  if (value.enable !== undefined) {
    if (value.enable === 'auto' || value.enable === 'always' || value.enable === 'never') settings.enable = value.enable;
    else problems.push(`gongwen.enable 的值“${String(value.enable)}”无效，应为 auto、always 或 never，已按 auto 处理。`);
  }
  if (typeof value.referenceDate === 'string' && value.referenceDate.trim()) {
    const date = value.referenceDate.trim();
    if (isIsoDate(date)) settings.referenceDate = date;
    else problems.push(`gongwen.referenceDate 的值“${date}”不是 YYYY-MM-DD 日期，已忽略。`);
  }
  if (value.dateMode !== undefined) {
    if (DATE_MODES.includes(value.dateMode as DateMode)) settings.dateMode = value.dateMode as DateMode;
    else problems.push(`gongwen.dateMode 的值“${String(value.dateMode)}”无效，应为 ${DATE_MODES.join(' 或 ')}，已按 draft 处理。`);
  }
  if (typeof value.reportType === 'string' && value.reportType.trim() && value.reportType !== 'auto') {
    if (findType(value.reportType, ruleData().types)) settings.reportType = value.reportType.trim();
    else problems.push(`gongwen.reportType 的值“${value.reportType}”不是已知的报告类型，已按自动识别处理。`);
  }
  if (value.maxLength !== undefined) {
    if (typeof value.maxLength === 'number' && Number.isInteger(value.maxLength) && value.maxLength >= 0)
      settings.maxLength = value.maxLength;
    else problems.push(`gongwen.maxLength 的值“${String(value.maxLength)}”无效，应为不小于 0 的整数，已忽略。`);
  }
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, level] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && SEVERITIES.has(level)) settings.rules[id] = level as SeveritySetting;
      else problems.push(`gongwen.rules 中“${id}”的值“${String(level)}”无效，应为 error、warning、info、hint 或 off。`);
    }
  }
  return { settings, problems };
}
