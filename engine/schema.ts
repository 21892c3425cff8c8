import { z } from 'zod';
import reportTypesData from '../data/report-types.json';
import { isIsoDate } from './dates';
import { OUTDATED_CATEGORIES } from './outdated-categories';
import { DATE_MODES } from './reference-date';
import type { Rule } from './rule';
import { rules } from './rules';
import { SEVERITIES, SEVERITY_SETTINGS } from './types';

/*
 * One definition of the formats a user writes (.gongwen.json / .yaml and its pack entries) and of the built-in
 * data/*.json: the TypeScript types are inferred from it, parseConfig (config.ts) validates with it, the data
 * tests validate the data files with it, and scripts/generate.ts writes schemas/gongwen-config.schema.json from
 * it for the editor's completion, hover and errors. Descriptions are Chinese: they are the hover texts.
 */

const isoDate = (field: string) => z.string({ error: `“${field}”应是 YYYY-MM-DD 日期。` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `“${field}”应是 YYYY-MM-DD 日期。` })
  .refine(isIsoDate, { error: `“${field}”应是 YYYY-MM-DD 日期。` });
const text = (description: string) => z.string().min(1).describe(description);
const texts = (description: string) => z.array(z.string().min(1)).describe(description);
const severity = z.enum(SEVERITIES);
const severitySetting = z.enum(SEVERITY_SETTINGS);

const examples = z.strictObject({
  bad: texts('应被发现的例句').optional(),
  good: texts('不应被发现的例句').optional(),
}).describe('例句：bad 应被发现（并修复为正确写法），good 不应被发现；gongwen test-rules 逐条检查');

/** Where an entry was checked, how sure its author is (built-in data records both). */
const provenance = {
  source: text('出处：文件名、发布机关和日期，或网址'),
  confidence: z.enum(['confirmed', 'likely', 'unsure']).describe('把握程度：confirmed 已核实原文，likely 较有把握，unsure 待核实').optional(),
  added: isoDate('added').describe('收录日期').optional(),
};

const regex = (description: string) => z.string().describe(`${description}（规则包中按 RE2 执行：不支持反向引用和前后断言）`);

export const outdatedEntrySchema = z.strictObject({
  id: text('条目 id'),
  old: texts('过时的写法（逐字匹配）').optional(),
  pattern: regex('过时写法的正则表达式').optional(),
  new: z.string().describe('现行写法；pattern 的分组可用 $1 引用'),
  replace: z.boolean().describe('false：只提示，不提供替换').optional(),
  notInside: texts('包含这些词时不算（如“农业农村部”中的“农业部”）').optional(),
  since: isoDate('since').describe('自此日期起过时'),
  until: isoDate('until').describe('到此日期为止过时').optional(),
  endYear: z.string().regex(/^\$[1-9]$/).describe('pattern 中年份区间末年所在的分组，如 "$2"：末年次年 1 月 1 日起过时').optional(),
  category: z.enum(Object.keys(OUTDATED_CATEGORIES) as [keyof typeof OUTDATED_CATEGORIES])
    .describe('过时提法的类别，决定消息开头和默认级别').optional(),
  near: regex('只在所在段落或文件标题提到这些词时才算（如泛称“防控工作”只在讲疫情的段落里指新冠防控）').optional(),
  context: z.literal('current').describe('current：只在说当前或今后的工作时报告，讲过去的句子不报').optional(),
  severity: severity.describe('覆盖类别的默认级别').optional(),
  reason: text('为什么过时'),
  ...provenance,
  examples: examples.optional(),
}).superRefine((entry, ctx) => {
  if (entry.old === undefined && entry.pattern === undefined) {
    ctx.addIssue({ code: 'custom', path: [], message: '需要“old”（词句数组）或“pattern”（正则表达式）。' });
  }
  if (entry.endYear !== undefined && entry.pattern === undefined) {
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: '“endYear”应是“pattern”中年份分组的引用，如 "$2"。' });
  }
}).describe('一条过时提法（格式同 data/outdated-phrasing.json）');

export const misusedEntrySchema = z.strictObject({
  id: text('条目 id'),
  wrong: text('错误写法'),
  right: text('正确写法'),
  safe: z.boolean().default(false).describe('true：明确的笔误，可自动修复（规则包中只接受字形或已审校的修复，见 docs/rules.md）'),
  severity: severity.optional(),
  followedBy: regex('后面须紧跟（正则）').optional(),
  notFollowedBy: regex('后面不能紧跟（正则）').optional(),
  precededBy: regex('前面须紧接（正则）').optional(),
  notPrecededBy: regex('前面不能紧接（正则）').optional(),
  anywhere: z.boolean().describe('true：不检查分词边界（没有正确词语包含的笔误）').optional(),
  reason: text('说明'),
  ...provenance,
  examples: examples.optional(),
}).describe('一条易混淆词（格式同 data/misused-words.json）');

export const partSchema = z.strictObject({
  name: text('部分名称，如“存在的问题”'),
  body: z.boolean().describe('true：正文主体部分（不参与顺序检查）').optional(),
  aliases: z.array(z.string()).min(1).describe('识别该部分的标题用词'),
  leads: texts('段首引导语').optional(),
  skeleton: z.string().describe('插入该部分时的段落模板'),
  examples: z.strictObject({
    match: texts('应识别为该部分的标题').optional(),
    noMatch: texts('不应识别为该部分的标题').optional(),
  }).optional(),
}).describe('报告的一个组成部分（格式同 data/report-types.json 的 parts）');

const frameSchema = z.strictObject({
  addressee: z.boolean().default(false).describe('需要主送机关'),
  leadIn: z.boolean().default(false).describe('需要开头语'),
  closing: z.boolean().default(false).describe('需要结束语'),
  date: z.boolean().default(false).describe('需要成文日期'),
});

export const reportTypeSchema = z.strictObject({
  id: text('类型 id'),
  name: text('类型名称，如“自查报告”；设置和“选择报告类型”中显示'),
  title: z.array(z.string()).describe('标题中出现即为该类型的词'),
  titleEnds: texts('只在标题或副标题末尾才表示该类型的词（…的通知）').optional(),
  subtitle: texts('副标题中表示该类型的词').optional(),
  signals: z.record(z.string(), z.number()).default({}).describe('开头段中的信号词及其分值'),
  parts: z.array(z.strictObject({
    part: text('部分 id（内置或本配置 parts 中定义的）'),
    required: z.boolean().describe('是否必备'),
    also: z.string().describe('合并另一部分的标题用词').optional(),
  })).describe('该类型的组成部分，按应有的顺序'),
  topLevelParts: z.boolean().describe('true：只有一级标题（一、）才算部分标题（政府工作报告的回顾有（八）加强政府自身建设一类的小标题）').optional(),
  frame: frameSchema.default({ addressee: false, leadIn: false, closing: false, date: false }).describe('公文格式要素'),
  closings: z.array(z.string()).default(['特此报告']).describe('规范的结束语'),
  examples: z.strictObject({ titles: texts('应识别为该类型的标题') }).optional(),
}).describe('一种报告类型（格式同 data/report-types.json 的 types）');

/** The longest workspace word (the typo rule's windows are at most a few characters; names are short). */
const MAX_WORD_LENGTH = 40;

const ruleIds = rules.map((r) => r.id) as [string, ...string[]];
const builtinTypeNames = reportTypesData.types.map((t) => t.name);

/** Each key of a config, with its schema; parseConfig validates key by key and entry by entry. */
export const configShape = {
  $schema: z.string().describe('本文件的 JSON Schema').optional(),
  rules: z.strictObject(Object.fromEntries(rules.map((r) => [r.id, ruleSetting(r).optional()])))
    .describe('按规则调整级别或关闭（off）；有选项的规则也可写成 { "severity": 级别, 选项: 值 }'),
  ignore: z.array(z.strictObject({
    rule: z.enum(ruleIds, { error: (issue) => `ignore 中的规则“${String(issue.input)}”不存在。` }).describe('只对这条规则接受（省略：所有规则）').optional(),
    text: z.string({ error: '每条 ignore 需要非空的“text”（要接受的词句）。' })
      .min(1, { error: '每条 ignore 需要非空的“text”（要接受的词句）。' }).describe('要接受的词句'),
    files: z.array(z.string()).describe('只在这些文件中（通配符，相对于本配置文件）').optional(),
  })).describe('接受的词句'),
  ignoreFiles: z.array(z.string(), { error: '“ignoreFiles”应是文件通配符的数组。' }).describe('不检查的文件（通配符）'),
  dateMode: z.enum(DATE_MODES, { error: `“dateMode”应为 ${DATE_MODES.join(' 或 ')}（草稿：按今天判断；存档：按成文日期判断）。` })
    .describe('参考日期的来源：draft 草稿（默认，按指定日期或今天，成文日期仅作参考），archive 存档（按报告自己的成文日期）'),
  archiveFiles: z.array(z.string(), { error: '“archiveFiles”应是文件通配符的数组。' }).describe('按存档模式检查的文件（通配符，优先于 dateMode）'),
  draftFiles: z.array(z.string(), { error: '“draftFiles”应是文件通配符的数组。' }).describe('按草稿模式检查的文件（通配符，优先于 dateMode 和 archiveFiles）'),
  reportType: z.string({ error: '“reportType”应是报告类型名称，如“自查报告”。' })
    .meta({ description: '本工作区文件的报告类型（内置或 reportTypes 中定义的名称或 id）', examples: builtinTypeNames }),
  outdatedPhrasing: z.array(outdatedEntrySchema).describe('增加的过时提法'),
  misusedWords: z.array(misusedEntrySchema).describe('增加的易混淆词'),
  parts: z.record(z.string(), partSchema).describe('增加的报告组成部分（部分 id: 定义）'),
  reportTypes: z.array(reportTypeSchema).describe('增加的报告类型（优先于内置类型识别）'),
  words: z.array(z.string().min(1).max(MAX_WORD_LENGTH)).describe('本工作区的词语（单位名、人名、地名等）：错别字检查（typo）不会纠正，也可用“加入词典”快速修复添加'),
  typoConfusions: z.array(z.string().regex(/^\p{Script=Han}{2,8}$/u, { error: '“typoConfusions”的每一项应是 2 至 8 个互相易混的汉字，如“己已巳”。' }))
    .describe('本工作区的易混字组（每项是互相易混的几个汉字，如“己已巳”），错别字检查（typo）据此找形近字'),
};

/** A rule's value in `rules`: a severity, or for a rule with options set there, an object with both. */
function ruleSetting(rule: Rule): z.ZodType {
  const level = severitySetting.describe(`${rule.description}（默认 ${rule.defaultSeverity}）`);
  const keyed = (rule.options ?? []).filter((o) => o.key);
  if (!keyed.length) return level;
  return z.union([level, z.strictObject({
    severity: level.optional(),
    ...Object.fromEntries(keyed.map((o) => [o.key!, z.number().int().min(o.min ?? -Infinity).max(o.max ?? Infinity).describe(o.description).optional()])),
  })]);
}

export const configSchema = z.strictObject(configShape).partial().describe('公文报告助手（Gongwen）工作区配置');

export type OutdatedEntry = z.output<typeof outdatedEntrySchema>;
export type MisusedEntry = z.output<typeof misusedEntrySchema>;
export type RawPart = z.output<typeof partSchema>;
export type RawType = z.output<typeof reportTypeSchema>;

/** The JSON Schema of .gongwen.json / .yaml (what a user may write: defaults make fields optional). */
export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }), title: '.gongwen.json' };
}

/** The typo rule's examples: each bad text is found, and its first fixes give `fixed`. */
const typoExamples = z.strictObject({
  bad: z.array(z.strictObject({ text: text('有错别字的句子'), fixed: text('修复后的句子') })),
  good: texts('不应报告的句子'),
});

// Built-in data files: the pack formats above, and the lists only the built-in rules read.
const dataFile = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ description: z.string(), ...shape });
export const dataSchemas: Record<string, z.ZodType> = {
  'outdated-phrasing.json': dataFile({ entries: z.array(outdatedEntrySchema) }),
  'misused-words.json': dataFile({ entries: z.array(misusedEntrySchema) }),
  'report-types.json': dataFile({ source: z.string(), parts: z.record(z.string(), partSchema), types: z.array(reportTypeSchema) }),
  'formulations.json': dataFile({
    entries: z.array(z.strictObject({ text: text('规范提法'), since: isoDate('since'), source: text('出处'), examples: z.strictObject({ typed: texts('输入到一半时') }) })),
  }),
  'terms.json': dataFile({
    entries: z.array(z.strictObject({ word: text('公文用语'), note: z.string(), since: isoDate('since'), source: text('出处'), examples: z.strictObject({ whole: texts('含该词的句子') }) })),
  }),
  'placeholders.json': dataFile({
    entries: z.array(z.strictObject({ id: text('id'), pattern: z.string(), needs: z.string(), label: text('名称'), ...provenance, examples })),
  }),
  'numeral-usage.json': dataFile({
    entries: z.array(z.strictObject({
      id: text('id'), label: text('名称'), pattern: z.string(), message: text('消息（{text} 原文，{fix} 修复后）'),
      fix: z.enum(['circle', 'halfwidth', 'letter-o', 'chinese', 'approx', 'range', 'thousands', 'none']), safe: z.boolean().optional(),
      level: severity, ...provenance, examples,
    })),
  }),
  'typo.json': dataFile({
    shapes: z.array(z.strictObject({
      id: text('id'), chars: z.string().regex(/^\p{Script=Han}{2,8}$/u).describe('互相形近的汉字'), note: text('怎样区分'), ...provenance,
      examples: typoExamples,
    })),
    deDiDe: z.strictObject({
      source: text('出处'), added: isoDate('added'),
      ...Object.fromEntries(['adverbials', 'verbs', 'nounAfterVerb', 'notAfter', 'complementVerbs', 'degree', 'complements'].map((k) => [k, z.array(z.string().min(1)).min(1)])),
      examples: typoExamples,
    }),
  }),
  'reduplication.json': dataFile(Object.fromEntries(['abab', 'abb', 'prefixes', 'particles', 'functionWords'].map((list) => [list,
    // This list grades confidence high/medium/low (the pack formats use confirmed/likely/unsure).
    z.array(z.looseObject({ ...provenance, confidence: z.enum(['high', 'medium', 'low']).optional(), examples: examples.optional() }))]))),
};
