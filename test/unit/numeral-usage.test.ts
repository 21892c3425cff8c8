import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkExamples } from '../../engine';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('numeral-usage', {
  valid: [
    '二〇二六年三月，我局深入学习贯彻党的二十大和二十届四中全会精神，为实现“两个一百年”奋斗目标、“十四五”规划收官而努力。',
    '一是加强组织领导；二是完善制度。整改用了三四个月，荣获一、二等奖各1项，6、7月完成验收。',
    '全年投入约5000万元，共有200余人参加，增幅控制在10%～20%，每户补助3万～5万元，2021—2025年累计投入。',
    '培训干部3000人次，新建道路5千米，事故起数同比下降了30%，会议于15时召开，他参加工作已26年。',
    // 文号, quoted titles and table rows keep what they say
    '根据〔2024〕5号文件和《关于“14五”时期的2-3%目标的通知》，执行〔2026〕12号。',
    '指标\t目标值\n增幅\t10-20%\n',
    '第一章 总则\n第二章 职责\n第十二章 附则\n',
    '培训农业技术人员2000余人、新型职业农民3000余人。',
    '经济增长6.5%－7%，节约1万多元。',
  ],
  invalid: [
    {
      text: '二零二六年三月，我局开展检查。',
      findings: [{ text: '二零二六', severity: 'error', safe: true }],
      output: '二〇二六年三月，我局开展检查。',
    },
    { text: '二0二六年、二O二六年', findings: [{ text: '二0二六' }, { text: '二O二六' }], output: '二〇二六年、二〇二六年' },
    {
      text: '2O26年全市新增就业１２００人。',
      findings: [
        { text: '2O26', severity: 'error' },
        { text: '１２００', severity: 'warning' },
      ],
      output: '2026年全市新增就业1200人。',
    },
    { text: '26年3月，我局开展专项检查。', findings: [{ text: '26年', message: /应写全（如“2026年”）/, noFix: true }] },
    {
      text: '为实现“两个100年”奋斗目标，推动“14五”规划收官，增强“4个意识”，落实3会1课制度。',
      findings: [{ text: '两个100年' }, { text: '14五' }, { text: '4' }, { text: '3会1课' }],
      output: '为实现“两个一百年”奋斗目标，推动“十四五”规划收官，增强“四个意识”，落实三会一课制度。',
    },
    {
      text: '深入学习贯彻党的20大和20届4中全会精神，14届全国人大2次会议审议通过。',
      findings: [{ text: '党的20大' }, { text: '20届4中全会' }, { text: '14届全国人大2次会议' }],
      output: '深入学习贯彻党的二十大和二十届四中全会精神，十四届全国人大二次会议审议通过。',
    },
    {
      text: '1是加强组织领导；2是完善制度。',
      findings: [
        { text: '1', safe: false },
        { text: '2', safe: false },
      ],
      output: '一是加强组织领导；二是完善制度。',
    },
    {
      text: '整改用了3、4个月，检查了三、四家企业。',
      findings: [{ text: '3、4' }, { text: '三、四' }],
      output: '整改用了三四个月，检查了三四家企业。',
    },
    { text: '全年投入约5000万元左右，共有近200余人参加。', findings: [{ text: '约5000万元左右', noFix: true }, { text: '近200余' }] },
    {
      text: '增幅控制在10-20%之间，降幅为5～8%，每户补助3～5万元。',
      findings: [{ text: '10-20%' }, { text: '5～8%' }, { text: '3～5万' }],
      output: '增幅控制在10%～20%之间，降幅为5%～8%，每户补助3万～5万元。',
    },
    { text: '培训干部3千人次。', findings: [{ text: '3千', severity: 'info', safe: false }], output: '培训干部3000人次。' },
    { text: '事故起数同比下降了3倍。', findings: [{ text: '下降了3倍', noFix: true }] },
    { text: '会议于下午15时召开。', findings: [{ text: '下午15时' }] },
    { text: '会议下午3时开始，15时30分结束。', findings: [{ text: '15时' }] },
    { text: '第一章 总则\n第二章 职责\n第12章 附则\n', findings: [{ text: '第12章', message: /与前文“第一章”的序数写法不同/ }] },
    {
      text: '培训农业技术人员两千余人、新型职业农民3千余人。',
      findings: [
        { text: '3千', severity: 'info' },
        { text: '3千余人', message: /同一句中“两千余人”与“3千余人”数字写法不同/ },
      ],
    },
  ],
});

test('numeral-usage leaves the 成文日期 to date-format', () => {
  const text = '关于2026年工作情况的报告\n\n现将有关情况报告如下：\n一、主要工作\n正文。\n特此报告。\n\n××局\n二零二六年十一月二十日\n';
  assert.deepEqual(findingsOf(text, 'numeral-usage'), []);
  assert.deepEqual(
    findingsOf(text, 'date-format').map((f) => f.fixes[0].edits[0].newText),
    ['2026年11月20日'],
  );
});

test('numeral-usage: the document-level comparisons name the other place', () => {
  const [f] = findingsOf('第一章 总则\n第12章 附则\n', 'numeral-usage');
  assert.deepEqual(f.related, [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: '前文写作“第一章”' },
  ]);
});

test('numeral-usage: every entry of data/numeral-usage.json holds its examples', () => {
  const results = checkExamples().filter((r) => r.list === 'numeral-usage');
  assert.ok(results.length >= 30, `${results.length} examples`);
  assert.deepEqual(
    results.filter((r) => r.problem),
    [],
  );
});
