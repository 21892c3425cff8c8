import * as jsonc from 'jsonc-parser';
import { parseDocument } from 'yaml';
import reportTypesData from '../data/report-types.json';
import { isIsoDate } from './dates';
import { LineIndex } from './line-index';
import { isOutdatedCategory, OUTDATED_CATEGORIES } from './outdated-categories';
import type { MisusedEntry, OutdatedEntry, UserPack } from './rule-data';
import type { RawPart, RawType } from './report-types';
import { rules } from './rules';
import { packFixSafety } from './safe-fix';
import { userPattern } from './text-pattern';
import type { SeveritySetting } from './types';

/** A workspace's .gongwen.json / .gongwen.yaml, validated. */
export interface GongwenConfig {
  rules: Record<string, SeveritySetting>;
  /** Phrases to accept: for one rule or all, in all files or in those matching `files` (globs). */
  ignore: { rule?: string; text: string; files?: string[] }[];
  /** Files (globs) that are not checked at all. */
  ignoreFiles: string[];
  reportType?: string;
  pack: UserPack;
}

/** A problem in the config file: 0-based line and a Chinese reason. */
export interface ConfigProblem {
  line: number;
  message: string;
  /** warning: the entry is used, in the changed way the message says (e.g. a fix no longer safe); else it is left out. */
  severity?: 'warning';
}

type Path = (string | number)[];
type Value = unknown;

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];
const KEYS = ['$schema', 'rules', 'ignore', 'ignoreFiles', 'reportType', 'outdatedPhrasing', 'misusedWords', 'parts', 'reportTypes'];

/**
 * Parses and validates a config file. Invalid parts are left out and reported with their line,
 * so one bad entry never stops the built-in rules or the valid entries.
 */
export function parseConfig(text: string, fileName: string): { config: GongwenConfig; problems: ConfigProblem[] } {
  const config: GongwenConfig = { rules: {}, ignore: [], ignoreFiles: [], pack: {} };
  const read = readConfigText(text, /\.ya?ml$/i.test(fileName));
  if ('problems' in read) return { config, problems: read.problems.slice(0, MAX_PROBLEMS) };
  const { value, lineOf } = read;
  const problems: ConfigProblem[] = [];
  const report = (path: Path, message: string, severity?: 'warning') => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line: lineOf(path), message, ...(severity && { severity }) });
    else if (problems.length === MAX_PROBLEMS) problems.push({ line: 0, message: `问题超过 ${MAX_PROBLEMS} 处，其余不再列出。` });
  };
  if (!isObject(value)) {
    report([], '配置文件的顶层应是一个对象（{ … }）。');
    return { config, problems };
  }
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) report([key], `未知的配置项“${key}”，可用：${KEYS.slice(1).join('、')}。`);

  const ruleIds = new Set(rules.map((r) => r.id));
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) report(['rules'], '“rules”应是“规则: 级别”的对象。');
    else for (const [id, level] of Object.entries(value.rules)) {
      if (!ruleIds.has(id)) report(['rules', id], `没有名为“${id}”的规则。`);
      else if (typeof level !== 'string' || !SEVERITIES.includes(level)) report(['rules', id], `规则“${id}”的级别应为 ${SEVERITIES.join('、')} 之一。`);
      else config.rules[id] = level as SeveritySetting;
    }
  }
  each(value, 'ignore', report, (item) => {
    if (!isObject(item) || typeof item.text !== 'string' || !item.text) return '每条 ignore 需要非空的“text”（要接受的词句）。';
    if (item.rule !== undefined && (typeof item.rule !== 'string' || !ruleIds.has(item.rule))) return `ignore 中的规则“${String(item.rule)}”不存在。`;
    if (item.files !== undefined && !isStrings(item.files)) return 'ignore 的“files”应是文件通配符的数组。';
    config.ignore.push({ rule: item.rule as string | undefined, text: item.text, files: item.files as string[] | undefined });
    return undefined;
  });
  if (value.ignoreFiles !== undefined) {
    if (isStrings(value.ignoreFiles)) config.ignoreFiles = value.ignoreFiles;
    else report(['ignoreFiles'], '“ignoreFiles”应是文件通配符的数组。');
  }
  if (value.reportType !== undefined) {
    if (typeof value.reportType === 'string') config.reportType = value.reportType;
    else report(['reportType'], '“reportType”应是报告类型名称，如“自查报告”。');
  }
  const outdated: OutdatedEntry[] = [];
  const budget = { left: MAX_PACK_PROGRAM };
  each(value, 'outdatedPhrasing', report, (item) => outdatedProblem(item, budget) ?? void outdated.push(item as OutdatedEntry));
  const misused: MisusedEntry[] = [];
  each(value, 'misusedWords', report, (item, i) => {
    const problem = misusedProblem(item, budget);
    if (problem) return problem;
    const entry = { safe: false, ...(item as Partial<MisusedEntry>) } as MisusedEntry;
    const safety = entry.safe ? packFixSafety(entry.wrong, entry.right, entry.anywhere) : undefined;
    if (safety && !safety.safe) {
      entry.safe = false;
      report(['misusedWords', i, 'safe'], `misusedWords[${i}]：“${entry.wrong}”→“${entry.right}”不能标为安全修复（${safety.reason}），已按需确认的修复处理：不会被 --fix 或“全部修复”自动应用。`, 'warning');
    }
    misused.push(entry);
    return undefined;
  });
  const parts: Record<string, RawPart> = {};
  if (value.parts !== undefined) {
    if (!isObject(value.parts)) report(['parts'], '“parts”应是“部分 id: 定义”的对象。');
    else for (const [id, part] of Object.entries(value.parts)) {
      const problem = partProblem(part);
      if (problem) report(['parts', id], problem); else parts[id] = part as RawPart;
    }
  }
  const types: RawType[] = [];
  const knownParts = new Set([...Object.keys(reportTypesData.parts), ...Object.keys(parts)]);
  each(value, 'reportTypes', report, (item) => {
    const problem = typeProblem(item, knownParts);
    if (problem) return problem;
    const t = item as Partial<RawType>;
    const frame = { addressee: false, leadIn: false, closing: false, date: false, ...t.frame };
    types.push({ signals: {}, closings: ['特此报告'], ...t, frame } as RawType);
    return undefined;
  });
  if (outdated.length) config.pack.outdatedPhrasing = outdated;
  if (misused.length) config.pack.misusedWords = misused;
  if (Object.keys(parts).length) config.pack.parts = parts;
  if (types.length) config.pack.reportTypes = types;
  return { config, problems };
}

function each(value: Record<string, Value>, key: string, report: (path: Path, message: string) => void,
  visit: (item: Value, index: number) => string | undefined): void {
  const list = value[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    report([key], `“${key}”应是数组。`);
    return;
  }
  list.forEach((item, i) => {
    const problem = visit(item, i);
    if (problem) report([key, i], `${key}[${i}]：${problem}`);
  });
}

function outdatedProblem(e: Value, budget: PatternBudget): string | undefined {
  if (!isObject(e)) return '应是对象。';
  for (const field of ['id', 'new', 'reason', 'source']) if (typeof e[field] !== 'string') return `缺少字符串字段“${field}”。`;
  if (typeof e.since !== 'string' || !isIsoDate(e.since)) return '“since”应是 YYYY-MM-DD 日期。';
  if (e.until !== undefined && (typeof e.until !== 'string' || !isIsoDate(e.until))) return '“until”应是 YYYY-MM-DD 日期。';
  if (e.old === undefined && e.pattern === undefined) return '需要“old”（词句数组）或“pattern”（正则表达式）。';
  if (e.old !== undefined && (!isStrings(e.old) || !e.old.every(Boolean))) return '“old”应是非空字符串的数组。';
  if (e.notInside !== undefined && !isStrings(e.notInside)) return '“notInside”应是字符串数组。';
  if (e.context !== undefined && e.context !== 'current') return '“context”只能是“current”。';
  if (e.category !== undefined && !isOutdatedCategory(e.category)) return `“category”应为 ${Object.keys(OUTDATED_CATEGORIES).join('、')} 之一。`;
  if (e.endYear !== undefined && (typeof e.endYear !== 'string' || !/^\$[1-9]$/.test(e.endYear) || e.pattern === undefined)) {
    return '“endYear”应是“pattern”中年份分组的引用，如 "$2"。';
  }
  if (e.severity !== undefined && !['error', 'warning', 'info', 'hint'].includes(e.severity as string)) return '“severity”应为 error、warning、info 或 hint。';
  return examplesProblem(e.examples) ?? regexProblem(e.pattern, 'pattern', budget);
}

function misusedProblem(e: Value, budget: PatternBudget): string | undefined {
  if (!isObject(e)) return '应是对象。';
  for (const field of ['id', 'wrong', 'right', 'reason', 'source']) if (typeof e[field] !== 'string' || !e[field]) return `缺少字符串字段“${field}”。`;
  if (e.safe !== undefined && typeof e.safe !== 'boolean') return '“safe”应是 true 或 false。';
  if (e.anywhere !== undefined && typeof e.anywhere !== 'boolean') return '“anywhere”应是 true 或 false。';
  if (e.severity !== undefined && !['error', 'warning', 'info', 'hint'].includes(e.severity as string)) return '“severity”应为 error、warning、info 或 hint。';
  const examples = examplesProblem(e.examples);
  if (examples) return examples;
  for (const field of ['followedBy', 'notFollowedBy', 'precededBy', 'notPrecededBy']) {
    const problem = regexProblem(e[field], field, budget);
    if (problem) return problem;
  }
  return undefined;
}

function partProblem(p: Value): string | undefined {
  if (!isObject(p) || typeof p.name !== 'string' || !isStrings(p.aliases) || !p.aliases.length) return '部分需要“name”和非空的“aliases”数组。';
  if (typeof p.skeleton !== 'string') return '部分需要“skeleton”（插入时的段落模板）。';
  if (p.leads !== undefined && !isStrings(p.leads)) return '“leads”应是字符串数组。';
  return undefined;
}

function typeProblem(t: Value, knownParts: Set<string>): string | undefined {
  if (!isObject(t) || typeof t.id !== 'string' || typeof t.name !== 'string') return '报告类型需要“id”和“name”。';
  if (!isStrings(t.title)) return '“title”应是标题关键词数组。';
  for (const field of ['titleEnds', 'subtitle']) if (t[field] !== undefined && !isStrings(t[field])) return `“${field}”应是字符串数组。`;
  if (t.topLevelParts !== undefined && typeof t.topLevelParts !== 'boolean') return '“topLevelParts”应是 true 或 false。';
  if (!Array.isArray(t.parts) || !t.parts.every((p) => isObject(p) && typeof p.part === 'string' && typeof p.required === 'boolean')) {
    return '“parts”应是 { "part": 部分 id, "required": true/false } 的数组。';
  }
  const unknown = (t.parts as { part: string; also?: string }[]).flatMap((p) => [p.part, p.also ?? p.part]).find((id) => !knownParts.has(id));
  if (unknown) return `没有名为“${unknown}”的部分，请先在“parts”中定义。`;
  return undefined;
}

/**
 * RE2 instructions all patterns of one config may compile to. Matching is linear in the text, with
 * the program size as factor (~40 ns per character and instruction): 1,000 keeps a check of a long
 * report under a second or so, while a typical pattern needs 10–60.
 */
const MAX_PACK_PROGRAM = 1000;
interface PatternBudget { left: number }

function regexProblem(source: Value, field: string, budget: PatternBudget): string | undefined {
  if (source === undefined) return undefined;
  if (typeof source !== 'string') return `“${field}”应是正则表达式字符串。`;
  const compiled = userPattern(source);
  if ('problem' in compiled) return `“${field}”${compiled.problem}`;
  if (compiled.size > budget.left) return `“${field}”未加载：本配置的正则表达式合计超过 ${MAX_PACK_PROGRAM} 条 RE2 指令（这一条 ${compiled.size} 条）。`;
  budget.left -= compiled.size;
  return undefined;
}

function examplesProblem(examples: Value): string | undefined {
  if (examples === undefined) return undefined;
  if (!isObject(examples) || (examples.bad !== undefined && !isStrings(examples.bad)) || (examples.good !== undefined && !isStrings(examples.good))) {
    return '“examples”应是 { "bad": [...], "good": [...] }。';
  }
  return undefined;
}

function isObject(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStrings(v: Value): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Largest config file read, in bytes (the workspace reader) and UTF-16 units (parseConfig). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The formats need five levels of nesting; far more is a mistake or an attack on the parser's stack. */
const MAX_DEPTH = 32;
/** YAML aliases expanded at most: a few lines of nested aliases otherwise expand to gigabytes. */
const MAX_ALIASES = 100;
/** Problems listed per config file. */
const MAX_PROBLEMS = 100;

interface ReadConfig { value: Value; lineOf: (path: Path) => number }

/**
 * The parsed value of a config text, or the one problem that stops it. A config file comes with the
 * repository, so size, nesting and YAML aliases are bounded before and while parsing, and any
 * parser failure becomes a problem: nothing here throws.
 */
function readConfigText(text: string, yaml: boolean): ReadConfig | { problems: ConfigProblem[] } {
  if (text.length > MAX_CONFIG_BYTES) return { problems: [{ line: 0, message: `配置文件过大（上限 ${MAX_CONFIG_BYTES / 1024} KB），未读取。` }] };
  const lines = new LineIndex(text);
  const deep = tooDeepAt(text, yaml);
  if (deep >= 0) return { problems: [{ line: lines.positionAt(deep).line, message: `配置文件嵌套超过 ${MAX_DEPTH} 层，未读取。` }] };
  try {
    const read = yaml ? readYaml(text, lines) : readJson(text, lines);
    if ('problems' in read || depthOf(read.value) <= MAX_DEPTH) return read;
    return { problems: [{ line: 0, message: `配置文件嵌套超过 ${MAX_DEPTH} 层，未读取。` }] };
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message)
      ? `YAML 别名（*）展开过多（上限 ${MAX_ALIASES} 次），未读取。`
      : `配置文件无法解析：${error instanceof Error ? error.message : String(error)}`;
    return { problems: [{ line: 0, message }] };
  }
}

/**
 * Offset where nesting first exceeds MAX_DEPTH, or -1: brackets outside strings and comments and,
 * in YAML, block levels (deeper indentation, leading "- "). One linear pass, before a recursive
 * parser sees the text.
 */
function tooDeepAt(text: string, yaml: boolean): number {
  let depth = 0;
  const indents: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (yaml && (i === 0 || text[i - 1] === '\n')) {
      let at = i;
      while (text[at] === ' ') at++;
      if (at < text.length && !'\r\n#'.includes(text[at])) {
        while (indents.length && indents[indents.length - 1] >= at - i) indents.pop();
        indents.push(at - i);
        let dashes = 0;
        while (text[at] === '-' && (text[at + 1] === ' ' || text[at + 1] === '\n')) { dashes++; at += 2; while (text[at] === ' ') at++; }
        if (indents.length + dashes + depth > MAX_DEPTH) return i;
      }
    }
    if (c === '"' || (yaml && c === "'")) {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\' && c === '"') i++;
    } else if (c === '#' && yaml) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '/' && !yaml && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '/' && !yaml && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** Nesting depth of a parsed value (YAML block nesting and aliases are not seen by tooDeepAt); iterative. */
function depthOf(value: Value): number {
  let deepest = 0;
  const stack: [Value, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_DEPTH) break;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function readJson(text: string, lines: LineIndex): ReadConfig | { problems: ConfigProblem[] } {
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: true });
  const line = (offset: number) => lines.positionAt(offset).line;
  if (errors.length) return { problems: errors.map((e) => ({ line: line(e.offset), message: `JSON 格式错误：${jsonc.printParseErrorCode(e.error)}` })) };
  return {
    value: root ? jsonc.getNodeValue(root) : undefined,
    lineOf: (path) => {
      for (let p = path; root; p = p.slice(0, -1)) {
        const node = jsonc.findNodeAtLocation(root, p);
        if (node) return line(node.parent?.type === 'property' ? node.parent.offset : node.offset);
        if (!p.length) break;
      }
      return 0;
    },
  };
}

function readYaml(text: string, lines: LineIndex): ReadConfig | { problems: ConfigProblem[] } {
  const doc = parseDocument(text, { logLevel: 'error' }); // no process warnings (stringified keys): problems are ours to report
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => ({ line: e.pos ? lines.positionAt(e.pos[0]).line : 0, message: `YAML 格式错误：${e.message.split('\n')[0]}` })) };
  }
  return {
    value: doc.toJS({ maxAliasCount: MAX_ALIASES }),
    lineOf: (path) => {
      for (let p = path; ; p = p.slice(0, -1)) {
        const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lines.positionAt(node.range[0]).line;
        if (!p.length) return 0;
      }
    },
  };
}
