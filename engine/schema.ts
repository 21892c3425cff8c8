import { z } from 'zod';
import { isIsoDate } from './dates';
import { OUTDATED_CATEGORIES } from './outdated-categories';
import { SEVERITIES, SEVERITY_SETTINGS } from './types';

/*
 * One definition of the formats of a rule pack's entries (in .gongwen.json / .yaml) and of the built-in
 * data/*.json: the TypeScript types are inferred from it, parseConfig (config.ts) validates with it, the data
 * tests validate the data files with it. config-schema.ts adds the config's own keys, which need the rule list
 * (kept apart so the rules, which read data typed here, do not import themselves). Descriptions are Chinese:
 * they are the hover texts.
 */

const isoDate = (field: string) =>
  z
    .string({ error: `“${field}”应是 YYYY-MM-DD 日期。` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `“${field}”应是 YYYY-MM-DD 日期。` })
    .refine(isIsoDate, { error: `“${field}”应是 YYYY-MM-DD 日期。` });
const text = (description: string) => z.string().min(1).describe(description);
const texts = (description: string) => z.array(z.string().min(1)).describe(description);
const severity = z.enum(SEVERITIES);
export const severitySetting = z.enum(SEVERITY_SETTINGS);

const examples = z
  .strictObject({
    bad: texts('应被发现的例句').optional(),
    good: texts('不应被发现的例句').optional(),
  })
  .describe('例句：bad 应被发现（并修复为正确写法），good 不应被发现；gongwen test-rules 逐条检查');

/** Where an entry was checked, how sure its author is (built-in data records both). */
const provenance = {
  source: text('出处：文件名、发布机关和日期，或网址'),
  confidence: z
    .enum(['confirmed', 'likely', 'unsure'])
    .describe('把握程度：confirmed 已核实原文，likely 较有把握，unsure 待核实')
    .optional(),
  added: isoDate('added').describe('收录日期').optional(),
};

const regex = (description: string) => z.string().describe(`${description}（规则包中按 RE2 执行：不支持反向引用和前后断言）`);

export const outdatedEntrySchema = z
  .strictObject({
    id: text('条目 id'),
    old: texts('过时的写法（逐字匹配）').optional(),
    pattern: regex('过时写法的正则表达式').optional(),
    new: z.string().describe('现行写法；pattern 的分组可用 $1 引用'),
    replace: z.boolean().describe('false：只提示，不提供替换').optional(),
    notInside: texts('包含这些词时不算（如“农业农村部”中的“农业部”）').optional(),
    since: isoDate('since').describe('自此日期起过时'),
    until: isoDate('until').describe('到此日期为止过时').optional(),
    endYear: z
      .string()
      .regex(/^\$[1-9]$/)
      .describe('pattern 中年份区间末年所在的分组，如 "$2"：末年次年 1 月 1 日起过时')
      .optional(),
    category: z
      .enum(Object.keys(OUTDATED_CATEGORIES) as [keyof typeof OUTDATED_CATEGORIES])
      .describe('过时提法的类别，决定消息开头和默认级别')
      .optional(),
    near: regex('只在所在段落或文件标题提到这些词时才算（如泛称“防控工作”只在讲疫情的段落里指新冠防控）').optional(),
    context: z.literal('current').describe('current：只在说当前或今后的工作时报告，讲过去的句子不报').optional(),
    severity: severity.describe('覆盖类别的默认级别').optional(),
    reason: text('为什么过时'),
    ...provenance,
    examples: examples.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.old === undefined && entry.pattern === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: '需要“old”（词句数组）或“pattern”（正则表达式）。' });
    }
    if (entry.endYear !== undefined && entry.pattern === undefined) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: '“endYear”应是“pattern”中年份分组的引用，如 "$2"。' });
    }
  })
  .describe('一条过时提法（格式同 data/outdated-phrasing.json）');

export const misusedEntrySchema = z
  .strictObject({
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
  })
  .describe('一条易混淆词（格式同 data/misused-words.json）');

export const partSchema = z
  .strictObject({
    name: text('部分名称，如“存在的问题”'),
    body: z.boolean().describe('true：正文主体部分（不参与顺序检查）').optional(),
    aliases: z.array(z.string()).min(1).describe('识别该部分的标题用词'),
    leads: texts('段首引导语').optional(),
    skeleton: z.string().describe('插入该部分时的段落模板'),
    examples: z
      .strictObject({
        match: texts('应识别为该部分的标题').optional(),
        noMatch: texts('不应识别为该部分的标题').optional(),
      })
      .optional(),
  })
  .describe('报告的一个组成部分（格式同 data/report-types.json 的 parts）');

const frameSchema = z.strictObject({
  addressee: z.boolean().default(false).describe('需要主送机关'),
  leadIn: z.boolean().default(false).describe('需要开头语'),
  closing: z.boolean().default(false).describe('需要结束语'),
  date: z.boolean().default(false).describe('需要成文日期'),
});

export const reportTypeSchema = z
  .strictObject({
    id: text('类型 id'),
    name: text('类型名称，如“自查报告”；设置和“选择报告类型”中显示'),
    title: z.array(z.string()).describe('标题中出现即为该类型的词'),
    titleEnds: texts('只在标题或副标题末尾才表示该类型的词（…的通知）').optional(),
    subtitle: texts('副标题中表示该类型的词').optional(),
    signals: z.record(z.string(), z.number()).default({}).describe('开头段中的信号词及其分值'),
    parts: z
      .array(
        z.strictObject({
          part: text('部分 id（内置或本配置 parts 中定义的）'),
          required: z.boolean().describe('是否必备'),
          also: z.string().describe('合并另一部分的标题用词').optional(),
        }),
      )
      .describe('该类型的组成部分，按应有的顺序'),
    topLevelParts: z
      .boolean()
      .describe('true：只有一级标题（一、）才算部分标题（政府工作报告的回顾有（八）加强政府自身建设一类的小标题）')
      .optional(),
    frame: frameSchema.default({ addressee: false, leadIn: false, closing: false, date: false }).describe('公文格式要素'),
    closings: z.array(z.string()).default(['特此报告']).describe('规范的结束语'),
    examples: z.strictObject({ titles: texts('应识别为该类型的标题') }).optional(),
  })
  .describe('一种报告类型（格式同 data/report-types.json 的 types）');

export type OutdatedEntry = z.output<typeof outdatedEntrySchema>;
export type MisusedEntry = z.output<typeof misusedEntrySchema>;
export type RawPart = z.output<typeof partSchema>;
export type RawType = z.output<typeof reportTypeSchema>;

/** One 固有表述 (data/formulations.json): read by the formulation rule, the formulation hover and completion. */
export const formulationEntrySchema = z.strictObject({
  id: text('条目 id'),
  name: text('名称（悬停标题；补全时也按它的开头匹配）'),
  text: text('补全时插入的规范写法'),
  canonical: text('完整的规范表述（悬停时显示）'),
  triggers: texts('文中出现即认出这一表述的词句（悬停）；不含顿号的也是名称，用于判断条目清单紧跟名称').optional(),
  items: texts('条目，按规范顺序').optional(),
  ordered: z.boolean().describe('true：条目顺序固定，颠倒即报').optional(),
  list: z.string().describe('条目的规范写法（含顿号、逗号），默认用顿号连接 items').optional(),
  verbs: texts('规范的搭配动词').optional(),
  variants: texts('中央文本中也用的写法，不得报告').optional(),
  wrongItems: z.array(z.strictObject({ wrong: text('混入清单的错误条目'), right: text('应为') })).optional(),
  errors: z
    .array(
      z.strictObject({
        wrong: text('错误写法（逐字；带“”的也匹配不带引号的写法）'),
        right: text('应为'),
        kind: z.enum(['verb', 'wording', 'missing', 'char', 'title', 'order', 'item', 'punctuation']).describe('错误类型'),
        seen: z.string().nullable().describe('实际见到的出处；null 表示可能的近似错误，未实际见到'),
        confidence: z.enum(['confirmed', 'likely']).describe('这一错误的把握程度，默认同条目').optional(),
        note: z.string().optional(),
        notAfter: texts('后面紧跟这些词时不算').optional(),
        notBefore: texts('前面紧挨这些词时不算').optional(),
        example: text('必须检出的例句'),
      }),
    )
    .optional(),
  since: isoDate('since'),
  ...provenance,
  confidence: z.enum(['confirmed', 'likely']).describe('把握程度：confirmed 已核实原文（清单封闭时报错误），likely 只作提示'),
  examples: z.strictObject({
    bad: texts('必须检出的例句（条目缺漏、顺序、错字）').optional(),
    good: texts('不得检出的例句').optional(),
    typed: texts('输入到一半时，补全须提供 text').optional(),
  }),
});
export type FormulationEntry = z.output<typeof formulationEntrySchema>;

// Built-in data files: the pack formats above, and the lists only the built-in rules read.
const dataFile = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ description: z.string(), ...shape });
/** The typo rule's examples: each bad text is found, and its first fixes give `fixed`. */
const typoExamples = z.strictObject({
  bad: z.array(z.strictObject({ text: text('有错别字的句子'), fixed: text('修复后的句子') })),
  good: texts('不应报告的句子'),
});

export const dataSchemas: Record<string, z.ZodType> = {
  'outdated-phrasing.json': dataFile({ entries: z.array(outdatedEntrySchema) }),
  'misused-words.json': dataFile({ entries: z.array(misusedEntrySchema) }),
  'report-types.json': dataFile({ source: z.string(), parts: z.record(z.string(), partSchema), types: z.array(reportTypeSchema) }),
  'formulations.json': dataFile({ entries: z.array(formulationEntrySchema) }),
  'terms.json': dataFile({
    entries: z.array(
      z.strictObject({
        word: text('公文用语'),
        note: z.string(),
        since: isoDate('since'),
        source: text('出处'),
        examples: z.strictObject({ whole: texts('含该词的句子') }),
      }),
    ),
  }),
  'placeholders.json': dataFile({
    entries: z.array(
      z.strictObject({ id: text('id'), pattern: z.string(), needs: z.string(), label: text('名称'), ...provenance, examples }),
    ),
  }),
  'numeral-usage.json': dataFile({
    entries: z.array(
      z.strictObject({
        id: text('id'),
        label: text('名称'),
        pattern: z.string(),
        message: text('消息（{text} 原文，{fix} 修复后）'),
        fix: z.enum(['circle', 'halfwidth', 'letter-o', 'chinese', 'approx', 'range', 'thousands', 'none']),
        safe: z.boolean().optional(),
        level: severity,
        ...provenance,
        examples,
      }),
    ),
  }),
  'typo.json': dataFile({
    shapes: z.array(
      z.strictObject({
        id: text('id'),
        chars: z
          .string()
          .regex(/^\p{Script=Han}{2,8}$/u)
          .describe('互相形近的汉字'),
        note: text('怎样区分'),
        ...provenance,
        examples: typoExamples,
      }),
    ),
    deDiDe: z.strictObject({
      source: text('出处'),
      added: isoDate('added'),
      ...Object.fromEntries(
        ['adverbials', 'verbs', 'nounAfterVerb', 'notAfter', 'complementVerbs', 'degree', 'complements'].map((k) => [
          k,
          z.array(z.string().min(1)).min(1),
        ]),
      ),
      examples: typoExamples,
    }),
  }),
  'unit-names.json': dataFile({
    entries: z.array(
      z.strictObject({
        id: text('id'),
        full: text('全称（不含地名）'),
        short: texts('可用的简称'),
        note: text('说明'),
        ...provenance,
        examples: z.strictObject({ bad: texts('应报告的句子'), good: texts('不应报告的句子') }),
      }),
    ),
  }),
  'reduplication.json': dataFile(
    Object.fromEntries(
      ['abab', 'abb', 'prefixes', 'particles', 'functionWords'].map((list) => [
        list,
        // This list grades confidence high/medium/low (the pack formats use confirmed/likely/unsure).
        z.array(z.looseObject({ ...provenance, confidence: z.enum(['high', 'medium', 'low']).optional(), examples: examples.optional() })),
      ]),
    ),
  ),
};
