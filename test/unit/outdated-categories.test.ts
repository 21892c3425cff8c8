import assert from 'node:assert/strict';
import { test } from 'node:test';
import outdated from '../../data/outdated-phrasing.json';
import { applyEdits } from '../../engine';
import { isOutdatedCategory, OUTDATED_CATEGORIES } from '../../engine/outdated-categories';
import { findingsOf } from '../helpers/engine';

// Paragraphs written for these tests in the style of county-level work reports, judged on 2026-11-23:
// for each kind of outdated 提法, a copied paragraph that presents it as current work and a review
// paragraph that names it as history. The copied one is reported, with the kind's label; the review is not.
const CASES: { category: string; copied: string; found: string[]; review: string }[] = [
  {
    category: 'epidemic',
    copied: '今年以来，我局坚持常态化疫情防控不放松，严格落实扫码测温、查验健康码等措施，规范设置便民核酸采样点，做好涉疫人员排查。',
    found: ['常态化疫情防控', '扫码测温', '查验健康码', '便民核酸采样点', '涉疫人员'],
    review: '2022年，面对复杂严峻的疫情形势，我局坚持外防输入、内防反弹，累计查验健康码120万人次，组织开展全员核酸检测15轮。',
  },
  {
    category: 'poverty',
    copied: '下一步，我们将继续压紧压实脱贫攻坚责任，持续加大对贫困户的帮扶力度，大力推进产业扶贫，确保高水平全面建成小康社会。',
    found: ['脱贫攻坚', '贫困户', '产业扶贫', '高水平全面建成小康社会'],
    review: '“十三五”期间，全县累计减少贫困人口3.2万人，贫困村由58个减少到0个，2020年底脱贫攻坚目标任务全面完成。',
  },
  {
    category: 'plan',
    copied: '2026年，我们将锚定“十四五”目标任务，深入实施《某市数字经济发展规划（2021—2025年）》，认真落实2025年工作要点。',
    found: ['“十四五”目标任务', '《某市数字经济发展规划（2021—2025年）》', '2025年工作要点'],
    review: '“十四五”时期，全市地区生产总值年均增长6.1%，《某市数字经济发展规划（2021—2025年）》确定的目标任务全面完成。',
  },
  {
    category: 'campaign',
    copied: '当前，我们正以党纪学习教育为契机，深入开展扫黑除恶专项斗争，坚决打赢蓝天保卫战。',
    found: ['党纪学习教育', '扫黑除恶专项斗争', '打赢蓝天保卫战'],
    review:
      '过去五年，我们先后开展党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育和党纪学习教育，扫黑除恶专项斗争取得显著成效。',
  },
  {
    category: 'institution',
    copied: '会同县国土资源局、环保局和工商局开展联合执法检查，并报人民银行某市中心支行备案。',
    found: ['国土资源局', '环保局', '工商局', '中心支行'],
    review: '原国土资源局的档案已全部移交县自然资源局，国土资源局（现自然资源局）承担的职责同步划转。',
  },
  {
    category: 'document',
    copied: '严格依照《中华人民共和国合同法》规范合同管理，按照《信访条例》做好信访工作。',
    found: ['《中华人民共和国合同法》', '《信访条例》'],
    review: '2019年，依照《中华人民共和国合同法》妥善处理了两起合同纠纷。',
  },
  {
    category: 'plenum',
    copied: '深入学习贯彻党的二十大和二十届三中全会精神，认真贯彻落实二十届中央纪委四次全会精神。',
    found: ['党的二十大和二十届三中全会精神', '二十届中央纪委四次全会精神'],
    review: '2025年，我们认真贯彻落实二十届中央纪委四次全会精神，全面从严治党持续深化。',
  },
  {
    category: 'event',
    copied: '今年是中国共产党成立100周年，我们全力做好十五运会服务保障工作。',
    found: ['中国共产党成立100周年', '十五运会'],
    review: '2025年，我们圆满完成十五运会服务保障任务；2021年，隆重庆祝中国共产党成立100周年。',
  },
  {
    category: 'formulation',
    copied: '在以习近平同志为总书记的党中央坚强领导下，班子成员认真做好述职述廉工作。',
    found: ['以习近平同志为总书记的党中央', '述职述廉'],
    review: '在以习近平同志为核心的党中央坚强领导下，班子成员认真做好述责述廉工作。',
  },
];

for (const c of CASES) {
  test(`${c.category}: a copied paragraph is reported as ${OUTDATED_CATEGORIES[c.category as keyof typeof OUTDATED_CATEGORIES].label}, the review is not`, () => {
    const found = findingsOf(c.copied, 'outdated-phrasing');
    assert.deepEqual(
      found.map((f) => f.text),
      c.found,
    );
    const label = OUTDATED_CATEGORIES[c.category as keyof typeof OUTDATED_CATEGORIES].label;
    assert.ok(
      found.some((f) => f.message.startsWith(`${label}：`)),
      found.map((f) => f.message.slice(0, 20)).join(' / '),
    );
    for (const f of found) {
      for (const fix of f.fixes) assert.notEqual(applyEdits(c.copied, fix.edits).text, c.copied, `${f.text}: a fix that changes nothing`);
    }
    assert.deepEqual(
      findingsOf(c.review, 'outdated-phrasing').map((f) => f.text),
      [],
    );
  });
}

test('every built-in entry names a category from the closed list, and every kind has entries', () => {
  const used = new Set<string>();
  for (const e of outdated.entries as { id: string; category: string }[]) {
    assert.ok(isOutdatedCategory(e.category), `${e.id}: category “${e.category}”`);
    used.add(e.category);
  }
  assert.deepEqual([...used].sort(), Object.keys(OUTDATED_CATEGORIES).sort());
});

test('an entry whose form is a cited 《》 title never offers a rewrite of the title', () => {
  for (const e of outdated.entries as { id: string; old?: string[]; pattern?: string; replace?: boolean }[]) {
    if ([...(e.old ?? []), e.pattern ?? ''].some((form) => form.includes('《'))) assert.equal(e.replace, false, e.id);
  }
});
