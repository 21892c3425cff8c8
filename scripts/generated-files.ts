import reportTypesData from '../data/report-types.json';
import { reviewCategory } from '../engine/review-categories';
import type { Rule, RuleExample } from '../engine/rule';
import { FIX_CLASS_ZH, RULES_DOC } from '../engine/rule-docs';
import { rulesByCategory } from '../engine/rules';
import { configJsonSchema } from '../engine/config-schema';
import { SEVERITY_SETTINGS } from '../engine/types';
import { ANCHORS_FILE, anchorsJson } from './outdated-anchors';
import { JIEBA_DICTIONARY, READINGS_FILE, readingsJson } from './readings';

/** A file (path from the repository root) and the content `npm run generate` gives it. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Contributed as jsonValidation / yamlValidation in package.json, for .gongwen.json / .yaml. */
export const CONFIG_SCHEMA = 'schemas/gongwen-config.schema.json';

const START = '<!-- generated:rules -->';
const END = '<!-- /generated:rules -->';

/**
 * Every generated file, from the rule list (engine/rules), engine/schema.ts, data/report-types.json, jieba's
 * dictionary (the typo rule's pinyin readings) and data/outdated-phrasing.json (its patterns' anchors). `read`
 * gives a file's current text: generated parts of hand-written files (docs/rules.md, package.json) are
 * replaced, the rest is kept.
 */
export function generatedFiles(read: (file: string) => string): GeneratedFile[] {
  return [
    { path: RULES_DOC, content: withRuleReference(read(RULES_DOC)) },
    { path: 'package.json', content: withSettings(read('package.json'), JSON.parse(read('package.nls.json'))) },
    { path: CONFIG_SCHEMA, content: JSON.stringify(configJsonSchema(), null, 2) + '\n' },
    { path: READINGS_FILE, content: readingsJson(read(JIEBA_DICTIONARY)) },
    { path: ANCHORS_FILE, content: anchorsJson() },
  ];
}

function withRuleReference(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${RULES_DOC} needs the markers ${START} … ${END}`);
  return `${doc.slice(0, start)}${START}\n${ruleReference()}${doc.slice(end)}`;
}

/** Rules in category order, then in the engine's order. */
const byCategory = (): Rule[] => rulesByCategory().flatMap((group) => group.rules);

function ruleReference(): string {
  const list = byCategory();
  const out = [
    '<!-- Generated from engine/rules/*.ts by `npm run generate`; edit the rule objects, not this part. -->',
    '',
    '| 类别 | id | 默认级别 | 修复 | 检查什么 |',
    '|---|---|---|---|---|',
    ...list.map(
      (r) =>
        `| ${reviewCategory(r.category).zh} | [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${FIX_CLASS_ZH[r.fix]} | ${cell(r.description)} |`,
    ),
    '',
  ];
  for (const rule of list) out.push(...ruleSection(rule));
  return out.join('\n');
}

function ruleSection(rule: Rule): string[] {
  const category = reviewCategory(rule.category);
  const lines = [
    `### ${rule.id}`,
    '',
    `${rule.description}。类别：${category.zh}（${category.en}） · 默认级别：${rule.defaultSeverity} · 修复：${FIX_CLASS_ZH[rule.fix]}`,
    '',
    rule.details,
    '',
  ];
  for (const option of rule.options ?? []) {
    lines.push(`- 选项 \`${option.setting}\`（${option.type}，默认 ${JSON.stringify(option.default)}）：${option.description}`, '');
  }
  const shown = (list: RuleExample[]) => list.map((e) => (typeof e === 'string' ? e : e.text)).filter((t) => !t.includes('\n'));
  const invalid = shown(rule.examples.invalid);
  const valid = shown(rule.examples.valid);
  if (invalid.length) lines.push(`报告：${invalid.map((t) => `“${t}”`).join('　')}`, '');
  if (valid.length) lines.push(`不报告：${valid.map((t) => `“${t}”`).join('　')}`, '');
  if (invalid.length + valid.length < rule.examples.invalid.length + rule.examples.valid.length) {
    lines.push(`整篇报告的示例见 \`engine/rules/\` 中 \`${rule.id}\` 的 \`examples\`（测试逐条运行）。`, '');
  }
  return lines;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** package.json with the gongwen.rules properties and the gongwen.reportType enum taken from the sources. */
function withSettings(text: string, nls: Record<string, string>): string {
  const pkg = JSON.parse(text);
  const properties = pkg.contributes.configuration.properties;
  properties['gongwen.rules'] = {
    type: 'object',
    default: {},
    properties: Object.fromEntries(
      byCategory().map((r) => [
        r.id,
        {
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
          markdownDescription: `${r.description}（${reviewCategory(r.category).zh}；默认 ${r.defaultSeverity}）`,
        },
      ]),
    ),
    additionalProperties: false,
    description: '%config.rules%',
  };
  const types = reportTypesData.types;
  const key = (id: string) => `config.reportType.${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  properties['gongwen.reportType'] = {
    ...properties['gongwen.reportType'],
    enum: ['', ...types.map((t) => t.name)],
    enumDescriptions: ['%config.reportType.auto%', ...types.map((t) => (nls[key(t.id)] ? `%${key(t.id)}%` : t.name))],
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}
