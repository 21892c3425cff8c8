import * as jsonc from 'jsonc-parser';
import type * as Yaml from 'yaml';
import type { z } from 'zod';
import reportTypesData from '../data/report-types.json';
import { globProblem } from './globs';
import { LineIndex } from './line-index';
import type { DateMode } from './reference-date';
import type { Rule } from './rule';
import { rules } from './rules';
import { findType } from './report-types';
import { ruleData } from './rule-data';
import type { MisusedEntry, OutdatedEntry, UserPack } from './rule-data';
import type { RawPart, RawType } from './schema';
import type * as ConfigSchema from './config-schema';
import type { configShape } from './config-schema';
import { packFixSafety } from './safe-fix';
import { userPattern } from './text-pattern';
import { SEVERITY_SETTINGS } from './types';
import type { SeveritySetting } from './types';

// zod with the config's schemas (~450 KB of code) and the YAML parser are loaded when a config is read, not on
// every start: a CLI run without a config or an unconfigured editor never pays for them (docs/notes/issue-19.md).
let schemas: typeof ConfigSchema | undefined;
let yaml: typeof Yaml | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configSchemas = () => (schemas ??= require('./config-schema') as typeof ConfigSchema);
/** The yaml library, loaded on first use (also by the server's quick fixes that edit a .gongwen.yaml). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const yamlParser = () => (yaml ??= require('yaml') as typeof Yaml);

/** A workspace's .gongwen.json / .gongwen.yaml, validated (the format: engine/schema.ts). */
export interface GongwenConfig {
  rules: Record<string, SeveritySetting>;
  /** Numeric options per rule (`"rules": {"document-date": {"maxAgeMonths": 12}}`). */
  ruleOptions: Record<string, Record<string, number>>;
  /** How reports are dated (reference-date.ts); `archiveFiles` / `draftFiles` (globs) override it per file. */
  dateMode?: DateMode;
  archiveFiles: string[];
  draftFiles: string[];
  /** Phrases to accept: for one rule or all, in all files or in those matching `files` (globs). */
  ignore: z.output<typeof configShape.ignore>;
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
type Report = (path: Path, message: string, severity?: 'warning') => void;

/**
 * Parses and validates a config file against engine/schema.ts. Invalid parts are left out and reported with
 * the line of the field at fault, so one bad entry never stops the built-in rules or the valid entries.
 */
export function parseConfig(text: string, fileName: string): { config: GongwenConfig; problems: ConfigProblem[] } {
  const { configShape, outdatedEntrySchema, misusedEntrySchema, partSchema, reportTypeSchema } = configSchemas();
  const config: GongwenConfig = { rules: {}, ruleOptions: {}, ignore: [], ignoreFiles: [], archiveFiles: [], draftFiles: [], pack: {} };
  const read = readConfigText(text, /\.ya?ml$/i.test(fileName));
  if ('problems' in read) return { config, problems: read.problems.slice(0, MAX_PROBLEMS) };
  const { value, lineOf } = read;
  const problems: ConfigProblem[] = [];
  const report: Report = (path, message, severity) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line: lineOf(path), message, ...(severity && { severity }) });
    else if (problems.length === MAX_PROBLEMS) problems.push({ line: 0, message: `问题超过 ${MAX_PROBLEMS} 处，其余不再列出。` });
  };
  if (!isObject(value)) {
    report([], '配置文件的顶层应是一个对象（{ … }）。');
    return { config, problems };
  }
  const keys = Object.keys(configShape);
  for (const key of Object.keys(value)) if (!keys.includes(key)) report([key], `未知的配置项“${key}”，可用：${keys.slice(1).join('、')}。`);
  const valid = <S extends z.ZodType>(schema: S, input: Value, at: Path, label = '') => validate(schema, input, at, label, report);
  const list = <S extends z.ZodType>(key: string, item: S): { entry: z.output<S>; at: Path; label: string }[] => {
    const items = value[key];
    if (items === undefined) return [];
    if (!Array.isArray(items)) {
      report([key], `“${key}”应是数组。`);
      return [];
    }
    return items.flatMap((input, i) => {
      const label = `${key}[${i}]：`;
      const entry = valid(item, input, [key, i], label);
      return entry === undefined ? [] : [{ entry, at: [key, i], label }];
    });
  };

  if (value.rules !== undefined) {
    if (!isObject(value.rules)) report(['rules'], '“rules”应是“规则: 级别”的对象。');
    else
      for (const [id, level] of Object.entries(value.rules)) {
        const rule = rules.find((r) => r.id === id);
        if (!rule) report(['rules', id], `没有名为“${id}”的规则。`);
        else if (isObject(level)) readRuleSetting(rule, level, config, (key, message) => report(['rules', id, key], message));
        else if (!SEVERITY_SETTINGS.includes(level as SeveritySetting))
          report(['rules', id], `规则“${id}”的级别应为 ${SEVERITY_SETTINGS.join('、')} 之一。`);
        else config.rules[id] = level as SeveritySetting;
      }
  }
  config.ignore = list('ignore', configShape.ignore.element)
    .filter(({ entry, at, label }) => globsFit(entry.files ?? [], [...at, 'files'], label, report))
    .map(({ entry: { rule, text, files } }) => ({ rule, text, files }));
  if (value.ignoreFiles !== undefined) {
    config.ignoreFiles = (valid(configShape.ignoreFiles, value.ignoreFiles, ['ignoreFiles']) ?? []).filter((glob, i) =>
      globsFit([glob], ['ignoreFiles', i], `ignoreFiles[${i}]：`, report),
    );
  }
  if (value.dateMode !== undefined) config.dateMode = valid(configShape.dateMode, value.dateMode, ['dateMode']);
  for (const key of ['archiveFiles', 'draftFiles'] as const) {
    if (value[key] === undefined) continue;
    config[key] = (valid(configShape[key], value[key], [key]) ?? []).filter((glob, i) =>
      globsFit([glob], [key, i], `${key}[${i}]：`, report),
    );
  }

  const budget = { left: MAX_PACK_PROGRAM };
  const outdated: OutdatedEntry[] = list('outdatedPhrasing', outdatedEntrySchema)
    .filter(({ entry, at, label }) => patternsFit(entry, ['pattern', 'near'], at, label, budget, report))
    .map(({ entry }) => entry);
  const misused: MisusedEntry[] = list('misusedWords', misusedEntrySchema)
    .filter(({ entry, at, label }) =>
      patternsFit(entry, ['followedBy', 'notFollowedBy', 'precededBy', 'notPrecededBy'], at, label, budget, report),
    )
    .map(({ entry, at, label }) => {
      const safety = entry.safe ? packFixSafety(entry.wrong, entry.right, entry.anywhere) : undefined;
      if (!safety || safety.safe) return entry;
      report(
        [...at, 'safe'],
        `${label}“${entry.wrong}”→“${entry.right}”不能标为安全修复（${safety.reason}），已按需确认的修复处理：不会被 --fix 或“全部修复”自动应用。`,
        'warning',
      );
      return { ...entry, safe: false };
    });
  const parts: Record<string, RawPart> = {};
  if (value.parts !== undefined) {
    if (!isObject(value.parts)) report(['parts'], '“parts”应是“部分 id: 定义”的对象。');
    else
      for (const [id, part] of Object.entries(value.parts)) {
        const entry = valid(partSchema, part, ['parts', id], `parts.${id}：`);
        if (entry) parts[id] = entry;
      }
  }
  const knownParts = new Set([...Object.keys(reportTypesData.parts), ...Object.keys(parts)]);
  const types: RawType[] = list('reportTypes', reportTypeSchema)
    .filter(({ entry, at, label }) => {
      const unknown = entry.parts.findIndex((p) => !knownParts.has(p.part) || (p.also !== undefined && !knownParts.has(p.also)));
      if (unknown < 0) return true;
      const { part, also } = entry.parts[unknown];
      report([...at, 'parts', unknown], `${label}没有名为“${knownParts.has(part) ? also : part}”的部分，请先在“parts”中定义。`);
      return false;
    })
    .map(({ entry }) => entry);

  if (outdated.length) config.pack.outdatedPhrasing = outdated;
  if (misused.length) config.pack.misusedWords = misused;
  if (Object.keys(parts).length) config.pack.parts = parts;
  if (types.length) config.pack.reportTypes = types;
  for (const key of ['words', 'typoConfusions'] as const) {
    if (value[key] === undefined) continue;
    const items = valid(configShape[key], value[key], [key]);
    if (items?.length) config.pack[key] = items;
  }
  if (value.reportType !== undefined) {
    const name = valid(configShape.reportType, value.reportType, ['reportType']);
    const known = ruleData(config.pack).types;
    if (name !== undefined && !findType(name, known)) {
      report(['reportType'], `没有名为“${name}”的报告类型，可用：${known.map((t) => t.name).join('、')}。`);
    } else if (name !== undefined) {
      config.reportType = name;
    }
  }
  return { config, problems };
}

/** `"id": { "severity": "warning", "maxAgeMonths": 12 }`: a severity and the options the rule keys there. */
function readRuleSetting(
  rule: Rule,
  setting: Record<string, Value>,
  config: GongwenConfig,
  report: (key: string, message: string) => void,
): void {
  const options: Record<string, number> = {};
  const keyed = (rule.options ?? []).filter((o) => o.key);
  for (const [key, v] of Object.entries(setting)) {
    const option = keyed.find((o) => o.key === key);
    if (key === 'severity') {
      if (SEVERITY_SETTINGS.includes(v as SeveritySetting)) config.rules[rule.id] = v as SeveritySetting;
      else report(key, `规则“${rule.id}”的级别应为 ${SEVERITY_SETTINGS.join('、')} 之一。`);
    } else if (!option) {
      report(key, `规则“${rule.id}”没有选项“${key}”，可用：${['severity', ...keyed.map((o) => o.key)].join('、')}。`);
    } else if (typeof v !== 'number' || !Number.isInteger(v) || v < (option.min ?? -Infinity) || v > (option.max ?? Infinity)) {
      report(key, `规则“${rule.id}”的“${key}”应是 ${option.min}–${option.max} 的整数（${option.description}）。`);
    } else {
      options[key] = v;
    }
  }
  if (Object.keys(options).length) config.ruleOptions[rule.id] = options;
}

/** The value as the schema gives it (defaults filled in), or undefined after reporting its first issue. */
function validate<S extends z.ZodType>(schema: S, input: Value, at: Path, label: string, report: Report): z.output<S> | undefined {
  const result = schema.safeParse(input, { error: issueMessage });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  report([...at, ...(issue.path as Path)], label + issue.message);
  return undefined;
}

const TYPE_NAMES: Record<string, string> = { string: '字符串', number: '数字', boolean: 'true 或 false', array: '数组', object: '对象' };

/** A Chinese message for an issue the schema has no message of its own for; names the field at fault. */
function issueMessage(issue: z.core.$ZodRawIssue): string {
  const path = (issue.path ?? []) as Path;
  const name = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  const field = name ? `“${name}”` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && name ? `缺少字段${field}。` : `${field}应是${TYPE_NAMES[issue.expected] ?? issue.expected}。`;
    case 'invalid_value':
      return `${field}应为 ${issue.values.map(String).join('、')} 之一。`;
    case 'too_small':
      return `${field}不能为空。`;
    case 'unrecognized_keys':
      return `未知的字段“${issue.keys.join('”“')}”（请检查拼写）。`;
    default:
      return `${field}的格式不对。`;
  }
}

/** Whether every glob can be matched safely (engine/globs.ts); reports the first that cannot. */
function globsFit(globs: string[], at: Path, label: string, report: Report): boolean {
  const bad = globs.find((g) => globProblem(g));
  if (bad === undefined) return true;
  report(at, `${label}通配符“${bad.slice(0, 80)}”不能使用：${globProblem(bad)}。`);
  return false;
}

/** Whether the entry's patterns run on RE2 within the config's budget; reports the first that does not. */
function patternsFit(
  entry: Record<string, unknown>,
  fields: string[],
  at: Path,
  label: string,
  budget: PatternBudget,
  report: Report,
): boolean {
  for (const field of fields) {
    const problem = regexProblem(entry[field], field, budget);
    if (problem) {
      report([...at, field], label + problem);
      return false;
    }
  }
  return true;
}

/**
 * RE2 instructions all patterns of one config may compile to. Matching is linear in the text, with
 * the program size as factor (~40 ns per character and instruction): 1,000 keeps a check of a long
 * report under a second or so, while a typical pattern needs 10–60.
 */
const MAX_PACK_PROGRAM = 1000;
interface PatternBudget {
  left: number;
}

function regexProblem(source: Value, field: string, budget: PatternBudget): string | undefined {
  if (source === undefined) return undefined;
  if (typeof source !== 'string') return `“${field}”应是正则表达式字符串。`;
  const compiled = userPattern(source);
  if ('problem' in compiled) return `“${field}”${compiled.problem}`;
  if (compiled.size > budget.left)
    return `“${field}”未加载：本配置的正则表达式合计超过 ${MAX_PACK_PROGRAM} 条 RE2 指令（这一条 ${compiled.size} 条）。`;
  budget.left -= compiled.size;
  return undefined;
}

function isObject(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Largest config file read, in bytes (the workspace reader) and UTF-16 units (parseConfig). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The formats need five levels of nesting; far more is a mistake or an attack on the parser's stack. */
const MAX_DEPTH = 32;
/** YAML aliases expanded at most: a few lines of nested aliases otherwise expand to gigabytes. */
const MAX_ALIASES = 100;
/** Problems listed per config file. */
const MAX_PROBLEMS = 100;

interface ReadConfig {
  value: Value;
  lineOf: (path: Path) => number;
}

/**
 * The parsed value of a config text, or the one problem that stops it. A config file comes with the
 * repository, so size, nesting and YAML aliases are bounded before and while parsing, and any
 * parser failure becomes a problem: nothing here throws.
 */
function readConfigText(text: string, yaml: boolean): ReadConfig | { problems: ConfigProblem[] } {
  if (text.length > MAX_CONFIG_BYTES)
    return { problems: [{ line: 0, message: `配置文件过大（上限 ${MAX_CONFIG_BYTES / 1024} KB），未读取。` }] };
  const lines = new LineIndex(text);
  const deep = tooDeepAt(text, yaml);
  if (deep >= 0) return { problems: [{ line: lines.positionAt(deep).line, message: `配置文件嵌套超过 ${MAX_DEPTH} 层，未读取。` }] };
  try {
    const read = yaml ? readYaml(text, lines) : readJson(text, lines);
    if ('problems' in read || depthOf(read.value) <= MAX_DEPTH) return read;
    return { problems: [{ line: 0, message: `配置文件嵌套超过 ${MAX_DEPTH} 层，未读取。` }] };
  } catch (error) {
    const message =
      error instanceof Error && /alias/i.test(error.message)
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
        while (text[at] === '-' && (text[at + 1] === ' ' || text[at + 1] === '\n')) {
          dashes++;
          at += 2;
          while (text[at] === ' ') at++;
        }
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
  if (errors.length)
    return { problems: errors.map((e) => ({ line: line(e.offset), message: `JSON 格式错误：${jsonc.printParseErrorCode(e.error)}` })) };
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
  const doc = yamlParser().parseDocument(text, { logLevel: 'error' }); // no process warnings (stringified keys): problems are ours to report
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        line: e.pos ? lines.positionAt(e.pos[0]).line : 0,
        message: `YAML 格式错误：${e.message.split('\n')[0]}`,
      })),
    };
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
