import data from '../data/report-types.json';
import type { ReportModel } from './model';

export interface PartSpec {
  id: string;
  name: string;
  body: boolean;
  aliases: string[];
  leads: string[];
  skeleton: string;
}

export interface TypeSpec {
  id: string;
  name: string;
  title: string[];
  signals: Record<string, number>;
  parts: { spec: PartSpec; required: boolean }[];
  frame: { addressee: boolean; leadIn: boolean; closing: boolean; date: boolean };
  closings: string[];
}

export interface DetectedType {
  type: TypeSpec;
  /** certain: title, marker or setting; likely: content signals; fallback: nothing matched. */
  confidence: 'certain' | 'likely' | 'fallback';
  /** Why, in Chinese, for the status bar and the structure view. */
  reason: string;
}

type RawPart = { name: string; body?: boolean; aliases: string[]; leads?: string[]; skeleton: string };
const rawParts = data.parts as Record<string, RawPart>;

function partSpec(id: string, also?: string): PartSpec {
  const p = rawParts[id];
  const extra = also ? rawParts[also] : undefined;
  return {
    id,
    name: p.name,
    body: !!p.body,
    aliases: [...p.aliases, ...(extra?.aliases ?? [])],
    leads: [...(p.leads ?? []), ...(extra?.leads ?? [])],
    skeleton: p.skeleton,
  };
}

export const reportTypes: TypeSpec[] = data.types.map((t) => ({
  id: t.id,
  name: t.name,
  title: t.title,
  signals: t.signals as Record<string, number>,
  parts: t.parts.map((p) => ({ spec: partSpec(p.part, 'also' in p ? p.also : undefined), required: p.required })),
  frame: t.frame,
  closings: t.closings,
}));

const generic = reportTypes.find((t) => t.id === 'generic')!;

/** A type by id (self-inspection) or by name (自查报告), as users write it in settings and markers. */
export function findType(idOrName: string): TypeSpec | undefined {
  const key = idOrName.trim();
  return reportTypes.find((t) => t.id === key || t.name === key || t.title.includes(key));
}

const MARKER = /(?:<!--\s*gongwen-type\s*[:：=]\s*([^\s>]+?)\s*-->|^(?:gongwen-type|报告类型)\s*[:：]\s*(\S+)\s*$)/m;

/** Reads the type from an explicit choice, an in-file marker, the title, or the content, in that order. */
export function detectType(model: ReportModel, chosen?: string): DetectedType {
  if (chosen) {
    const type = findType(chosen);
    if (type) return { type, confidence: 'certain', reason: `按设置或命令指定为“${type.name}”` };
  }
  const marker = MARKER.exec(model.text.slice(0, 2000));
  const markerType = marker && findType(marker[1] ?? marker[2]);
  if (markerType) return { type: markerType, confidence: 'certain', reason: `文件中标注了报告类型“${markerType.name}”` };

  const title = model.structure().title?.text;
  if (title) {
    for (const type of reportTypes) {
      const keyword = type.title.find((k) => title.includes(k));
      if (keyword) return { type, confidence: 'certain', reason: `标题含“${keyword}”` };
    }
  }

  // The opening paragraph states what the report is; mentions further down (a 民主生活会 held
  // during the year) say nothing about the type.
  const opening = model.structure().opening;
  const text = opening ? opening.text : model.prose.slice(0, 300);
  let best: { type: TypeSpec; score: number; hits: string[] } | undefined;
  for (const type of reportTypes) {
    const hits = Object.keys(type.signals).filter((s) => text.includes(s));
    const score = hits.reduce((sum, s) => sum + type.signals[s], 0);
    if (score > 0 && (!best || score > best.score)) best = { type, score, hits };
  }
  if (best) return { type: best.type, confidence: 'likely', reason: `正文含“${best.hits.slice(0, 3).join('”“')}”` };
  return { type: generic, confidence: 'fallback', reason: '未识别出具体类型，按一般报告检查' };
}
