import type { Rule } from '../rule';

/** An organisation's name: a place or parent body, then the kind of unit it is. */
const UNIT_END =
  '(?:局|委员会|委|办公室|办|厅|院|所|中心|公司|集团|学校|大学|医院|部|处|科|站|队|馆|署|室|社|协会|联合会|党组|党委|支部|总支)';
/** A title that names its author first: 某某市财政局关于2026年度工作情况的报告. */
const TITLE_UNIT = new RegExp(`^(?:中共)?([\\u4e00-\\u9fa5]{2,24}?${UNIT_END})(?:党组|党委)?关于`);
/**
 * An opening that names its author as the subject of its first sentence: (今年以来，)某某市财政局在……/坚持……/认真…….
 * Only these verbs of a reporting unit count: a unit merely mentioned (按照市财政局的要求) is not the author.
 */
const OPENING_UNIT = new RegExp(
  `^(?:[^，。；\\n]{0,12}[，,])?(?:中共)?([\\u4e00-\\u9fa5]{2,24}?${UNIT_END})(?:党组|党委)?(?:在|坚持|认真|深入|始终|紧紧|以|按照|围绕|全面)`,
);
const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fa5（）()]{2,30}${UNIT_END}(?:（[^）]*）)?$`);

/**
 * The 落款 names another unit than the one the title names as author: a report copied from another unit's (市税务局
 * under a 市财政局 title). A 落款 that is the title's unit shortened, or lengthened (某某市财政局 / 财政局 / 中共某某市
 * 财政局党组), or that names several units, is not flagged; nor is a title that does not name its author first.
 */
export const unitName: Rule = {
  id: 'unit-name',
  category: 'consistency',
  description: '落款单位与标题或开头中的发文单位不一致（照抄其他单位的报告）',
  details:
    '标题以“某单位关于……”开头时，落款应是同一单位（全称或其简称）；标题不写发文单位时，以开头第一句的主语（今年以来，某单位在/坚持/认真……）为准。' +
    '落款是另一个单位时提示核对；落款是该单位的简称或全称、' +
    '联合落款（含顿号、空格分隔的多个单位）不报。只给消息和相关位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  examples: {
    valid: ['某某市财政局关于2026年度工作情况的报告\n\n一、工作情况\n正文。\n\n某某市财政局\n2026年11月20日\n'],
    invalid: ['某某市财政局关于2026年度工作情况的报告\n\n一、工作情况\n正文。\n\n某某市税务局\n2026年11月20日\n'],
  },
  *check({ model }) {
    const { title, signature, opening } = model.structure();
    if (!title || !signature) return;
    // The author the title names first; else the subject of the opening's first sentence.
    const fromTitle = TITLE_UNIT.exec(title.text)?.[1];
    const fromOpening = fromTitle ? undefined : opening && OPENING_UNIT.exec(opening.text)?.[1];
    const author = fromTitle ?? fromOpening;
    const named = fromTitle ? { part: title, where: '标题' } : { part: opening!, where: '开头' };
    const signed = signature.text.replace(/\s+/g, '').replace(/（(?:盖章|印章)）$/, '');
    if (!author || /[、，,]/.test(signature.text.trim()) || /\S\s+\S/.test(signature.text.trim()) || !SIGNATURE.test(signed)) return;
    const bare = (name: string) => name.replace(/^中共/, '').replace(/(?:党组|党委)$/, '');
    if (sameUnit(bare(author), bare(signed))) return;
    yield {
      offset: signature.offset,
      length: signature.length,
      message: `落款“${signed}”与${named.where}中的发文单位“${author}”不一致：请核对是否照抄了其他单位的报告。`,
      related: [
        {
          offset: named.part.offset + named.part.text.indexOf(author),
          length: author.length,
          message: `${named.where}中的发文单位：${author}`,
        },
      ],
    };
  },
};

/** One is the other, or the other's short form (财政局 for 某某市财政局: the same ending, what is left a place name). */
function sameUnit(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}
