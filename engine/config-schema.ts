import { z } from 'zod';
import reportTypesData from '../data/report-types.json';
import { DATE_MODES } from './reference-date';
import type { Rule } from './rule';
import { rules } from './rules';
import { misusedEntrySchema, outdatedEntrySchema, partSchema, reportTypeSchema, severitySetting } from './schema';

// config.ts loads this module only when it reads a config, and takes the entry schemas from here with it.
export { misusedEntrySchema, outdatedEntrySchema, partSchema, reportTypeSchema };

/*
 * The schema of .gongwen.json / .yaml: parseConfig (config.ts) validates with it key by key, and
 * scripts/generate.ts writes schemas/gongwen-config.schema.json from it for the editor's completion, hover and
 * errors. Its `rules` keys and `ignore[].rule` values come from the rule list.
 */

const ruleIds = rules.map((r) => r.id) as [string, ...string[]];
const builtinTypeNames = reportTypesData.types.map((t) => t.name);

/** Each key of a config, with its schema; parseConfig validates key by key and entry by entry. */
/** The longest workspace word (names and unit names are short). */
const MAX_WORD_LENGTH = 40;

export const configShape = {
  $schema: z.string().describe('本文件的 JSON Schema').optional(),
  rules: z
    .strictObject(Object.fromEntries(rules.map((r) => [r.id, ruleSetting(r).optional()])))
    .describe('按规则调整级别或关闭（off）；有选项的规则也可写成 { "severity": 级别, 选项: 值 }'),
  ignore: z
    .array(
      z.strictObject({
        rule: z
          .enum(ruleIds, { error: (issue) => `ignore 中的规则“${String(issue.input)}”不存在。` })
          .describe('只对这条规则接受（省略：所有规则）')
          .optional(),
        text: z
          .string({ error: '每条 ignore 需要非空的“text”（要接受的词句）。' })
          .min(1, { error: '每条 ignore 需要非空的“text”（要接受的词句）。' })
          .describe('要接受的词句'),
        files: z.array(z.string()).describe('只在这些文件中（通配符，相对于本配置文件）').optional(),
      }),
    )
    .describe('接受的词句'),
  ignoreFiles: z.array(z.string(), { error: '“ignoreFiles”应是文件通配符的数组。' }).describe('不检查的文件（通配符）'),
  dateMode: z
    .enum(DATE_MODES, { error: `“dateMode”应为 ${DATE_MODES.join(' 或 ')}（草稿：按今天判断；存档：按成文日期判断）。` })
    .describe('参考日期的来源：draft 草稿（默认，按指定日期或今天，成文日期仅作参考），archive 存档（按报告自己的成文日期）'),
  archiveFiles: z
    .array(z.string(), { error: '“archiveFiles”应是文件通配符的数组。' })
    .describe('按存档模式检查的文件（通配符，优先于 dateMode）'),
  draftFiles: z
    .array(z.string(), { error: '“draftFiles”应是文件通配符的数组。' })
    .describe('按草稿模式检查的文件（通配符，优先于 dateMode 和 archiveFiles）'),
  reportType: z
    .string({ error: '“reportType”应是报告类型名称，如“自查报告”。' })
    .meta({ description: '本工作区文件的报告类型（内置或 reportTypes 中定义的名称或 id）', examples: builtinTypeNames }),
  outdatedPhrasing: z.array(outdatedEntrySchema).describe('增加的过时提法'),
  misusedWords: z.array(misusedEntrySchema).describe('增加的易混淆词'),
  parts: z.record(z.string(), partSchema).describe('增加的报告组成部分（部分 id: 定义）'),
  reportTypes: z.array(reportTypeSchema).describe('增加的报告类型（优先于内置类型识别）'),
  words: z
    .array(z.string().min(1).max(MAX_WORD_LENGTH))
    .describe('本工作区的词语（单位名、人名、地名等）：错别字检查（typo）不会纠正，也可用“加入词典”快速修复添加'),
  typoConfusions: z
    .array(z.string().regex(/^\p{Script=Han}{2,8}$/u, { error: '“typoConfusions”的每一项应是 2 至 8 个互相易混的汉字，如“己已巳”。' }))
    .describe('本工作区的易混字组（每项是互相易混的几个汉字，如“己已巳”），错别字检查（typo）据此找形近字'),
};

/** A rule's value in `rules`: a severity, or for a rule with options set there, an object with both. */
function ruleSetting(rule: Rule): z.ZodType {
  const level = severitySetting.describe(`${rule.description}（默认 ${rule.defaultSeverity}）`);
  const keyed = (rule.options ?? []).filter((o) => o.key);
  if (!keyed.length) return level;
  return z.union([
    level,
    z.strictObject({
      severity: level.optional(),
      ...Object.fromEntries(
        keyed.map((o) => [
          o.key!,
          z
            .number()
            .int()
            .min(o.min ?? -Infinity)
            .max(o.max ?? Infinity)
            .describe(o.description)
            .optional(),
        ]),
      ),
    }),
  ]);
}

export const configSchema = z.strictObject(configShape).partial().describe('公文报告助手（Gongwen）工作区配置');

/** The JSON Schema of .gongwen.json / .yaml (what a user may write: defaults make fields optional). */
export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }), title: '.gongwen.json' };
}
