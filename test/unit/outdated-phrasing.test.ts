import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check, checkExamples, parseConfig } from '../../engine';
import { findingsOf, textsOf } from '../helpers/engine';

test('a plenum chain of any length is one finding with the current form as fix', () => {
  const text = '深入学习贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神，推动工作。';
  const [finding, ...rest] = findingsOf(text, 'outdated-phrasing');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '党的十九大和十九届二中、三中、四中、五中、六中全会精神');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /2022年10月22日/);
  assert.match(finding.message, /来源/);
  const [fix] = finding.fixes;
  assert.equal(fix.safe, false);
  assert.equal(applyEdits(text, fix.edits).text, '深入学习贯彻党的二十大和二十届历次全会精神，推动工作。');
});

test('nothing is outdated before its since date', () => {
  const text = '认真落实党的十九大和十九届历次全会精神';
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2021-12-30' }), []);
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2022-10-22' }), ['党的十九大和十九届历次全会精神']);
});

test('an old name inside the new name is not reported (农业部 in 农业农村部)', () => {
  assert.deepEqual(textsOf('根据农业农村部通知', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('根据农业部通知', 'outdated-phrasing'), ['农业部']);
});

test('entries that need rewording offer no replacement', () => {
  const [finding] = findingsOf('以优异成绩迎接党的二十大胜利召开。', 'outdated-phrasing');
  assert.equal(finding.text, '以优异成绩迎接党的二十大胜利召开');
  assert.deepEqual(finding.fixes, []);
});

test('the message opens with the kind of change, and the severity follows it', () => {
  const [institution] = findingsOf('请国土资源局牵头办理。', 'outdated-phrasing');
  assert.match(institution.message, /^机构已更名或撤并：“国土资源局”/);
  assert.equal(institution.severity, 'warning');
  const [typo] = findingsOf('深入学习习近平新世代中国特色社会主义思想。', 'outdated-phrasing');
  assert.match(typo.message, /^政治性差错：/);
  assert.equal(typo.severity, 'error');
  const [campaign] = findingsOf('当前，要深入开展党史学习教育。', 'outdated-phrasing');
  assert.match(campaign.message, /^阶段性工作已结束：“[^”]*党史学习教育”/);
  const [wording] = findingsOf('推进两岸三地交流。', 'outdated-phrasing');
  assert.equal(wording.severity, 'info');
});

test('an old name inside a cited 《》 title is reported without a replacement', () => {
  const text = '根据《国土资源部关于加强耕地保护的通知》要求，开展专项检查。';
  const [finding, ...rest] = findingsOf(text, 'outdated-phrasing');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '国土资源部');
  assert.deepEqual(finding.fixes, []);
  assert.match(finding.message, /所引文件《国土资源部关于加强耕地保护的通知》/);
  assert.match(finding.message, /废止、修订或取代/);
  // The same name in running text is replaced.
  assert.equal(findingsOf('会同国土资源部开展专项检查。', 'outdated-phrasing')[0].fixes.length, 1);
});

test('a superseded edition cited as a whole title names the current one and rewrites nothing', () => {
  const [finding] = findingsOf('依照《中国共产党纪律处分条例》（2018年修订）给予处分。', 'outdated-phrasing');
  assert.match(finding.message, /^文件已修订或废止：/);
  assert.match(finding.message, /现行写法是“《中国共产党纪律处分条例》（2023年修订）”/);
  assert.deepEqual(finding.fixes, []);
});

test('counts of the time are history, not a stale 提法', () => {
  for (const text of [
    '全县贫困人口减少1.2万人。',
    '贫困村由58个减少到0个。',
    '累计减少农村贫困人口9899万。',
    '帮扶贫困户326户增收。',
    '贫困发生率降至0.5%以下。',
  ]) {
    assert.deepEqual(textsOf(text, 'outdated-phrasing'), [], text);
  }
  assert.deepEqual(textsOf('持续加大对贫困户的帮扶力度。', 'outdated-phrasing'), ['贫困户']);
});

test('no replacement that would repeat a name already in the sentence', () => {
  const text = '由自然资源局、国土资源局联合开展检查。';
  const [finding] = findingsOf(text, 'outdated-phrasing');
  assert.equal(finding.text, '国土资源局');
  assert.deepEqual(finding.fixes, []);
  assert.match(finding.message, /本句已有这一写法/);
});

test('an old institution named as former (原…, …（现…）) is not reported', () => {
  assert.deepEqual(textsOf('原国土资源局的档案已移交。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('国土资源局（现自然资源局）承担该项工作。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('中国人民银行某县支行旧址改造为金融博物馆。', 'outdated-phrasing'), []);
});

test('a plan cited with its year span is outdated from the year after the span ends', () => {
  const text = '深入实施《某市数字政府建设规划（2021—2025年）》。';
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2025-12-31' }), []);
  const [finding] = findingsOf(text, 'outdated-phrasing', { referenceDate: '2026-01-01' });
  assert.equal(finding.text, '《某市数字政府建设规划（2021—2025年）》');
  assert.match(finding.message, /^规划期已结束：/);
  assert.match(finding.message, /自2026年1月1日起/);
  assert.doesNotMatch(finding.message, /条文/, 'a plan has no current edition to point to');
  assert.deepEqual(finding.fixes, []);
  assert.deepEqual(textsOf('深入实施《某市数字政府建设规划（2026—2030年）》。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('抓紧落实2022—2024年老旧小区改造三年行动', 'outdated-phrasing', { referenceDate: '2025-03-01' }), [
    '2022—2024年老旧小区改造三年行动',
  ]);
});

test('where entries overlap, one finding covers the longest match', () => {
  const found = findingsOf('确保“十四五”开好局、起好步。', 'outdated-phrasing');
  assert.deepEqual(
    found.map((f) => f.text),
    ['“十四五”开好局、起好步'],
  );
});

test('every built-in fix changes the text it covers', () => {
  const idle = checkExamples().filter((r) => r.list === 'outdated-phrasing' && /没有改动原文/.test(r.problem));
  assert.deepEqual(idle, []);
  // The check itself catches a no-op fix: a pack entry whose replacement is its own old form.
  const pack = {
    outdatedPhrasing: [
      {
        id: 'same',
        old: ['某某办'],
        new: '某某办',
        since: '2020-01-01',
        reason: '测试',
        source: '测试',
        examples: { bad: ['请某某办牵头。'], good: [] },
      },
    ],
  };
  assert.deepEqual(
    checkExamples(pack).map((r) => r.problem),
    ['没有改为“某某办”的修复'],
  );
});

test('a pack entry names a category from the closed list, and endYear refers to a pattern group', () => {
  const entry = { id: 'x', old: ['某办'], new: '某中心', since: '2020-01-01', reason: '测试', source: '测试' };
  const parse = (e: object) => parseConfig(JSON.stringify({ outdatedPhrasing: [e] }), '.gongwen.json');
  assert.deepEqual(parse({ ...entry, category: 'institution' }).problems, []);
  assert.match(parse({ ...entry, category: 'renamed' }).problems[0].message, /“category”应为 formulation、institution、/);
  assert.match(parse({ ...entry, endYear: '$2' }).problems[0].message, /“endYear”/);
  const { config } = parse({ ...entry, old: undefined, pattern: '《某规划（(\\d{4})—(\\d{4})年）》', endYear: '$2', category: 'plan' });
  const text = '实施《某规划（2019—2023年）》。';
  assert.deepEqual(
    check(text, { referenceDate: '2023-12-31', pack: config.pack }).filter((f) => f.rule === 'outdated-phrasing'),
    [],
  );
  const [finding] = check(text, { referenceDate: '2024-01-01', pack: config.pack }).filter((f) => f.rule === 'outdated-phrasing');
  assert.match(finding.message, /^规划期已结束：/);
});

test('a cited title is never rewritten, even when a pack entry asks for a replacement', () => {
  const pack = {
    outdatedPhrasing: [
      {
        id: 'old-rules',
        old: ['《某市旧办法》'],
        new: '《某市新办法》',
        since: '2020-01-01',
        category: 'document' as const,
        reason: '已废止。',
        source: '测试',
      },
    ],
  };
  const [finding] = check('依照《某市旧办法》第三条处理。', { referenceDate: '2026-11-23', pack }).filter(
    (f) => f.rule === 'outdated-phrasing',
  );
  assert.deepEqual(finding.fixes, []);
  assert.match(finding.message, /^文件已修订或废止：.*现行写法是“《某市新办法》”。请核对所引条文/);
});

test('an old institution name must be a word of its own, not the seam of two words', () => {
  assert.deepEqual(textsOf('落实区域市场建设部署要求。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('出席各国农业部长会议。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('报建设部备案。', 'outdated-phrasing'), ['建设部']);
  assert.deepEqual(textsOf('请示农业部同意。', 'outdated-phrasing'), ['农业部']);
});

test('动态清零 is stale only in its epidemic sense; as management wording it is current', () => {
  assert.deepEqual(textsOf('推动安全隐患动态清零，零就业家庭动态清零。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('我们坚持动态清零不动摇。', 'outdated-phrasing'), ['动态清零不动摇']);
  assert.deepEqual(textsOf('尽快实现社会面动态清零。', 'outdated-phrasing'), ['社会面动态清零']);
});

test('a campaign turned into a standing system, a speech title and a standing study requirement are not stale', () => {
  assert.deepEqual(textsOf('坚持推进“两学一做”学习教育常态化制度化。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('开展“两学一做”学习教育。', 'outdated-phrasing'), ['“两学一做”学习教育']);
  assert.deepEqual(textsOf('重温在庆祝中国共产党成立100周年大会上的重要讲话。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('迎接中国共产党成立100周年。', 'outdated-phrasing'), ['中国共产党成立100周年']);
  assert.deepEqual(textsOf('健全以学铸魂、以学增智、以学正风、以学促干长效机制。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('紧扣学思想、强党性、重实践、建新功。', 'outdated-phrasing'), ['学思想、强党性、重实践、建新功']);
});

test('山水林田湖草 without 沙 is only a hint: a region may name its own elements', () => {
  const [finding, ...rest] = findingsOf('实施山水林田湖草一体化保护工程。', 'outdated-phrasing');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '山水林田湖草');
  assert.equal(finding.severity, 'info');
});

test('generic 防控/防疫 work phrases count as COVID mentions only in a paragraph or report about the epidemic', () => {
  const options = { referenceDate: '2026-11-29' };
  // a copied paragraph about the epidemic: the generic phrases are the COVID work presented as current
  assert.deepEqual(
    textsOf(
      '新冠疫情发生以来，街道把防控工作安排落实到每个网格，组织网格员逐户摸排返乡人员，对来访人员一律检测体温。',
      'outdated-phrasing',
      options,
    ),
    ['防控工作安排', '摸排返乡人员', '检测体温'],
  );
  // the report's title names the epidemic, the paragraph does not
  assert.deepEqual(
    textsOf('社区疫情防控工作总结\n\n我们及时开展防疫工作，宣传科学防控疫情知识。\n', 'outdated-phrasing', options).slice(-2),
    ['防疫工作', '防控疫情'],
  );
  // the same words in a text about something else, or about animal disease, stay quiet
  assert.deepEqual(
    textsOf('今年，我局抓好森林防火防控工作，组织网格员走访困难群众，为来访群众测量体温的医务室改造完成。', 'outdated-phrasing', options),
    [],
  );
  assert.deepEqual(textsOf('扎实做好非洲猪瘟疫情防控，抓好动物防疫工作，防控工作推进有力。', 'outdated-phrasing', options), []);
  // a review of the COVID years stays quiet
  assert.deepEqual(textsOf('2022年，面对疫情冲击，我们统筹抓好防控工作，对来访人员检测体温。', 'outdated-phrasing', options), []);
  // the temporary leading group, named with the epidemic
  assert.deepEqual(textsOf('成立应对新型冠状病毒感染肺炎疫情工作领导小组，由书记任组长。', 'outdated-phrasing', options), [
    '应对新型冠状病毒感染肺炎疫情工作领导小组',
  ]);
});

test("in last year's report redated, a sentence naming the report's own year speaks of the present", () => {
  const copied =
    '2020年是脱贫攻坚决战决胜收官之年。一年来，我站狠抓各项工作落实。现将有关情况报告如下：\n一、主要工作\n我站把帮助贫困户增收作为2020年的重点来抓，加强基层扶贫队伍建设。\n';
  // in a 2026 draft the body's 2020 sentences are the copy's "now"
  assert.deepEqual(textsOf(copied, 'outdated-phrasing', { referenceDate: '2026-11-29' }).slice(-2), ['贫困户', '扶贫队伍']);
  // judged at its own date nothing is stale
  assert.deepEqual(textsOf(copied, 'outdated-phrasing', { referenceDate: '2020-12-20' }), []);
  // a current report recalling 2020 keeps its history
  const review =
    '2026年，我县巩固拓展脱贫攻坚成果。现将有关情况报告如下：\n一、主要工作\n回顾2020年，全县帮助贫困户增收，加强基层扶贫队伍建设。\n';
  assert.deepEqual(textsOf(review, 'outdated-phrasing', { referenceDate: '2026-11-29' }), []);
});
