import type { ReportModel } from './model';

/** A standard part and a report type, as written in data/report-types.json (formats: schema.ts). */
export type { RawPart, RawType } from './schema';
import type { RawPart, RawType } from './schema';

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
  titleEnds: string[];
  subtitle: string[];
  signals: Record<string, number>;
  parts: { spec: PartSpec; required: boolean }[];
  topLevelParts: boolean;
  frame: RawType['frame'];
  closings: string[];
}

export interface DetectedType {
  type: TypeSpec;
  /** certain: title, marker or setting; likely: content signals; fallback: nothing matched. */
  confidence: 'certain' | 'likely' | 'fallback';
  /** Why, in Chinese, for the status bar and the structure view. */
  reason: string;
}

/** Resolves the part references of each type (`also` merges a second part's aliases into the first). */
export function buildTypes(parts: Record<string, RawPart>, types: RawType[]): TypeSpec[] {
  const spec = (id: string, also?: string): PartSpec => {
    const p = parts[id];
    const extra = also ? parts[also] : undefined;
    return {
      id,
      name: p.name,
      body: !!p.body,
      aliases: [...p.aliases, ...(extra?.aliases ?? [])],
      leads: [...(p.leads ?? []), ...(extra?.leads ?? [])],
      skeleton: p.skeleton,
    };
  };
  return types.map((t) => ({
    id: t.id,
    name: t.name,
    title: t.title,
    titleEnds: t.titleEnds ?? [],
    subtitle: t.subtitle ?? [],
    signals: t.signals,
    parts: t.parts.map((p) => ({ spec: spec(p.part, p.also), required: p.required })),
    topLevelParts: !!t.topLevelParts,
    frame: t.frame,
    closings: t.closings,
  }));
}

/** A type by id (self-inspection) or by name (自查报告), as users write it in settings and markers. */
export function findType(idOrName: string, types: TypeSpec[]): TypeSpec | undefined {
  const key = idOrName.trim();
  return types.find((t) => t.id === key || t.name === key || t.title.includes(key));
}

const MARKER = /(?:<!--\s*gongwen-type\s*[:：=]\s*([^\s>]+?)\s*-->|^(?:gongwen-type|报告类型)\s*[:：]\s*(\S+)\s*$)/m;

/** Reads the type from an explicit choice, an in-file marker, the title, or the opening, in that order. */
export function detectType(model: ReportModel, types: TypeSpec[], chosen?: string): DetectedType {
  if (chosen) {
    const type = findType(chosen, types);
    if (type) return { type, confidence: 'certain', reason: `按设置或命令指定为“${type.name}”` };
  }
  const marker = MARKER.exec(model.text.slice(0, 2000));
  const markerType = marker && findType(marker[1] ?? marker[2], types);
  if (markerType) return { type: markerType, confidence: 'certain', reason: `文件中标注了报告类型“${markerType.name}”` };

  const { title, subtitle } = model.structure();
  if (title) {
    // A kind is named at the end of a title (关于转发《……报告》的通知 is a 通知), types are tried in their order.
    // A document named in 《》 is not the title's kind (关于转发《……工作情况的报告》的通知).
    const own = title.text.replace(/《[^》]*》/g, '《》');
    // …的讲话（摘要）, …的通知（2026年第3号） end with a note in brackets that is not the kind.
    const ends = [title.text, subtitle?.text].filter(Boolean).map((t) => t!.replace(/\s*[（(][^（）()]*[）)]$|[\s。]+$/, ''));
    for (const type of types) {
      const keyword = type.title.find((k) => own.includes(k)) ?? type.titleEnds.find((k) => ends.some((t) => t.endsWith(k)));
      if (keyword) return { type, confidence: 'certain', reason: `标题含“${keyword}”` };
    }
    // Only then where it was delivered: a title of its own (凝心聚力……) over ——在……全体会议上的工作报告.
    for (const type of subtitle ? types : []) {
      const said = type.subtitle.find((k) => subtitle!.text.includes(k));
      if (said) return { type, confidence: 'certain', reason: `副标题含“${said}”` };
    }
  }

  // The opening paragraph states what the report is; mentions further down (a 民主生活会 held
  // during the year) say nothing about the type.
  const opening = model.structure().opening;
  const text = opening ? opening.text : model.prose.slice(0, 300);
  let best: { type: TypeSpec; score: number; hits: string[] } | undefined;
  for (const type of types) {
    const hits = Object.keys(type.signals).filter((s) => text.includes(s));
    const score = hits.reduce((sum, s) => sum + type.signals[s], 0);
    if (score > 0 && (!best || score > best.score)) best = { type, score, hits };
  }
  if (best) return { type: best.type, confidence: 'likely', reason: `正文含“${best.hits.slice(0, 3).join('”“')}”` };
  const generic = types.find((t) => t.id === 'generic') ?? types[types.length - 1];
  return { type: generic, confidence: 'fallback', reason: '未识别出具体类型，按一般报告检查' };
}
