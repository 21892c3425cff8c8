import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check, fixAll } from '../../engine';
import { findingsOf, REFERENCE_DATE, segmenters } from '../helpers/engine';

/** Sentences a report really contains, with the reduplicated form each must keep. */
const reduplications: [form: string, sentence: string][] = [
  // AABB
  ['扎扎实实', '扎扎实实推进主题教育'],
  ['实实在在', '为群众办了一批实实在在的好事'],
  ['清清楚楚', '把问题讲得清清楚楚'],
  ['明明白白', '让群众明明白白监督'],
  ['方方面面', '涉及经济社会发展方方面面'],
  ['时时处处', '时时处处严格要求自己'],
  ['家家户户', '政策宣传到家家户户'],
  ['干干净净', '干干净净做事、清清白白做人'],
  ['原原本本', '原原本本学习党章党规'],
  ['认认真真', '认认真真对照检查'],
  ['切切实实', '切切实实为群众解难题'],
  ['踏踏实实', '踏踏实实干好本职工作'],
  ['老老实实', '老老实实做人，干干净净做事'],
  ['兢兢业业', '兢兢业业履职尽责'],
  ['轰轰烈烈', '不搞轰轰烈烈的形式主义'],
  ['的的确确', '的的确确解决了一批难题'],
  ['是是非非', '分清是是非非'],
  ['世世代代', '世世代代传承红色基因'],
  // ABAB
  ['研究研究', '这件事党组再研究研究'],
  ['讨论讨论', '方案下周拿到会上讨论讨论'],
  ['商量商量', '跟村里商量商量再定'],
  ['学习学习', '新同志要多学习学习业务'],
  // AA
  ['层层', '层层压实管党治党责任'],
  ['常常', '常常深入基层调研'],
  ['人人', '人人都是营商环境'],
  ['天天', '天天有人值守'],
  ['月月', '月月有主题、季季有评比'],
  ['年年', '年年开展专项整治'],
  ['处处', '处处体现为民情怀'],
  ['事事', '事事有着落、件件有回音'],
  ['个个', '党员个个争先'],
  // AAB / ABB and 一 + measure
  ['看一看', '到一线去看一看'],
  ['一级抓一级', '形成一级抓一级、层层抓落实的格局'],
  ['一茬一茬', '一茬一茬抓下去'],
  ['一件一件', '把实事一件一件办好'],
  ['一年接着一年', '一年接着一年干'],
  ['干一行爱一行', '干一行爱一行钻一行'],
  ['一步步', '一步步推动工作落实'],
  ['亮晶晶', '擦得亮晶晶的展柜'],
  ['阴沉沉', '天色阴沉沉的'],
  ['沉甸甸', '肩上的担子沉甸甸'],
  // a doubled character across a word boundary
  ['目的的', '达到整改目的的手段'],
  ['为了了解', '为了了解基层实情'],
  ['不了了之', '杜绝问题不了了之'],
  ['二〇二二', '二〇二二年'],
  // the repeated character begins the next word: a dictionary word, a quasi-prefix, a function word
  ['开展展览', '开展展览活动'],
  ['强化化工', '强化化工园区整治'],
  ['推动动能', '推动动能转换'],
  ['安全全链条', '强化食品药品安全全链条监管'],
  ['安全全过程', '推进安全全过程管理'],
  ['可以以此', '可以以此为鉴'],
  ['周至至乾县', '开工周至至乾县公路'],
  ['参与与否', '无论参与与否'],
  // a central enterprise's short name (中 + field) before the field word
  ['中节能节能', '中节能节能环保产业园动工建设'],
  ['中建材建材', '项目加快落地，中建材建材产业园开工'],
];

/** Slips: the span found, and whether deleting the repeat is safe without a person. */
const slips: [sentence: string, span: string, safe: boolean, fixed: string][] = [
  // a two-character word twice may be an ABAB form the list does not know (锻炼锻炼): a person decides
  ['执行作风建设各项规定规定', '规定规定', false, '执行作风建设各项规定'],
  ['严格落实中央八项规定精神精神', '精神精神', false, '严格落实中央八项规定精神'],
  ['推进党支部党支部标准化建设', '党支部党支部', true, '推进党支部标准化建设'],
  ['将党史学习教育育与专项整治结合', '育育', true, '将党史学习教育与专项整治结合'],
  ['我们的的工作还有差距', '的的', true, '我们的工作还有差距'],
  ['在在工作中发现问题', '在在', true, '在工作中发现问题'],
  ['已经完成了了三项任务', '了了', true, '已经完成了三项任务'],
  ['我们们要坚持问题导向', '们们', true, '我们要坚持问题导向'],
  ['深入开展调查研究调查研究', '调查研究调查研究', true, '深入开展调查研究'],
  // BB is a word (真真): an ABB form the lists might not know, so a person decides
  ['认真真落实整改措施', '真真', false, '认真落实整改措施'],
  // 中 ends the word before (会议中): no short name, a stutter
  ['在会议中节能节能方面作了部署', '节能节能', false, '在会议中节能方面作了部署'],
];

for (const segmenter of segmenters) {
  test(`${segmenter.name}: reduplication is never reported, and fix-all leaves it whole`, () => {
    for (const [form, sentence] of reduplications) {
      assert.ok(sentence.includes(form), form);
      const findings = findingsOf(sentence, 'duplicate-word', { segmenter });
      assert.deepEqual(
        findings.map((f) => f.text),
        [],
        sentence,
      );
      const run = (t: string) => check(t, { referenceDate: REFERENCE_DATE, segmenter });
      assert.ok(fixAll(sentence, run).text.includes(form), sentence);
    }
  });

  test(`${segmenter.name}: doubled words, doubled function words and stutters are reported`, () => {
    for (const [sentence, span, safe, fixed] of slips) {
      const findings = findingsOf(sentence, 'duplicate-word', { segmenter });
      assert.deepEqual(
        findings.map((f) => f.text),
        [span],
        sentence,
      );
      assert.equal(findings[0].fixes[0].safe, safe, sentence);
      assert.equal(applyEdits(sentence, findings[0].fixes[0].edits).text, fixed, sentence);
    }
  });
}

test('the examples of the issue: fix-all keeps 原原本本, 认认真真 and 切切实实', () => {
  const text = '我们原原本本学习、认认真真对照、切切实实整改。';
  const run = (t: string) => check(t, { referenceDate: REFERENCE_DATE });
  assert.equal(fixAll(text, run).text, text);
});

test('a doubled word and a stutter in one paragraph are two findings with their own spans', () => {
  const text = '各项规定规定和教育育';
  const findings = findingsOf(text, 'duplicate-word');
  assert.deepEqual(
    findings.map((f) => [f.offset, f.length]),
    [
      [2, 4],
      [8, 2],
    ],
  );
  assert.match(findings[0].message, /“规定”写了两遍/);
  assert.match(findings[1].message, /“教育育”中的“育”重复/);
});
