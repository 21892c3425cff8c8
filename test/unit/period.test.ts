import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport, sharedSegmenter } from '../../engine';
import { EARLIEST, isStale, LATEST, mentionTimes, periodNamed } from '../../engine/period';
import { textsOf } from '../helpers/engine';

/** The time of `phrase` (its first occurrence) in `text`, judged at `date`. */
function timeOf(text: string, phrase: string, date = '2026-11-23') {
  const model = parseReport(text, 'plaintext', sharedSegmenter());
  const at = model.prose.indexOf(phrase);
  assert.ok(at >= 0, `“${phrase}” not in the text`);
  return mentionTimes(model.prose, model.structure(), date)(at, phrase.length);
}
const periodOf = (text: string, phrase: string, date?: string) => timeOf(text, phrase, date).period;
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

test('relative words mean periods counted from the reference date', () => {
  const p = '党史学习教育';
  assert.deepEqual(periodOf(`今年以来，深入开展${p}。`, p), { from: '2026-01-01', to: '2026-11-23' });
  assert.deepEqual(periodOf(`今年，我们深入开展${p}。`, p), year(2026));
  assert.deepEqual(periodOf(`本年度重点开展${p}。`, p), year(2026));
  assert.deepEqual(periodOf(`去年，我们深入开展${p}。`, p), year(2025));
  assert.deepEqual(periodOf(`前年，我们深入开展${p}。`, p), year(2024));
  assert.deepEqual(periodOf(`明年将深入开展${p}。`, p), year(2027));
  assert.deepEqual(periodOf(`过去五年，扎实开展${p}。`, p), { from: '2021-01-01', to: '2026-11-23' });
  assert.deepEqual(periodOf(`近三年来，扎实开展${p}。`, p), { from: '2023-01-01', to: '2026-11-23' });
  assert.deepEqual(periodOf(`多年来，坚持开展${p}。`, p), { from: EARLIEST, to: '2026-11-23' });
  assert.deepEqual(periodOf(`当前，要深入开展${p}。`, p), { from: '2026-11-23', to: '2026-11-23' });
  assert.deepEqual(periodOf(`下一步，继续深入开展${p}。`, p), { from: '2026-11-23', to: LATEST });
});

test('过去一年 is last year in a report written January–April, else the reference year', () => {
  const text = '过去一年，我们深入开展党纪学习教育。';
  assert.deepEqual(periodOf(text, '党纪学习教育', '2026-02-10'), year(2025));
  assert.deepEqual(periodOf(text, '党纪学习教育', '2026-04-30'), year(2025));
  assert.deepEqual(periodOf(text, '党纪学习教育', '2026-05-01'), year(2026));
  assert.deepEqual(periodOf('一年来，我们深入开展党纪学习教育。', '党纪学习教育', '2026-11-23'), year(2026));
});

test('explicit years, months, half years and spans', () => {
  const p = '主题教育';
  assert.deepEqual(periodOf(`2024年，我们深入开展${p}。`, p), year(2024));
  assert.deepEqual(periodOf(`2024年度深入开展${p}。`, p), year(2024));
  assert.deepEqual(periodOf(`2024年7月，集中开展${p}。`, p), { from: '2024-07-01', to: '2024-07-31' });
  assert.deepEqual(periodOf(`2023年上半年，扎实开展${p}。`, p), { from: '2023-01-01', to: '2023-06-30' });
  assert.deepEqual(periodOf(`2023上半年扎实开展${p}。`, p), { from: '2023-01-01', to: '2023-06-30' }, 'year without 年');
  assert.deepEqual(periodOf(`2023年下半年扎实开展${p}。`, p), { from: '2023-07-01', to: '2023-12-31' });
  assert.deepEqual(periodOf(`2021—2025年，扎实开展${p}。`, p), { from: '2021-01-01', to: '2025-12-31' });
  assert.deepEqual(periodOf(`2019年至2021年，扎实开展${p}。`, p), { from: '2019-01-01', to: '2021-12-31' });
  assert.deepEqual(periodOf(`2021年以来，扎实开展${p}。`, p), { from: '2021-01-01', to: '2026-11-23' });
  assert.deepEqual(periodOf(`2026年以来，扎实开展${p}。`, p), { from: '2026-01-01', to: '2026-11-23' }, 'this year 以来 is now');
  assert.deepEqual(periodOf(`2018抓${p}，成效明显。`, p), year(2018), 'a year at a clause start without 年');
});

test('numbers, document numbers and cited titles are not years', () => {
  const p = '党史学习教育';
  assert.equal(timeOf(`完成投资2018万元，深入开展${p}。`, p).basis, 'unmarked');
  assert.equal(timeOf(`按照《2021年党建工作要点》，深入开展${p}。`, p).basis, 'unmarked');
  assert.equal(timeOf(`根据市委〔2021〕3号文件，深入开展${p}。`, p).basis, 'unmarked');
});

test('plan periods and congresses: ended, running, and 以来', () => {
  const p = '党史学习教育';
  assert.deepEqual(periodOf(`“十四五”时期，我们扎实开展${p}。`, p), { from: '2021-01-01', to: '2025-12-31' });
  assert.deepEqual(periodOf(`“十四五”期间，我们扎实开展${p}。`, p), { from: '2021-01-01', to: '2025-12-31' });
  assert.deepEqual(periodOf(`“十四五”以来，我们扎实开展${p}。`, p), { from: '2021-01-01', to: '2026-11-23' });
  assert.deepEqual(
    periodOf(`“十五五”期间要深入开展${p}。`, p),
    { from: '2026-11-23', to: '2030-12-31' },
    'a running plan is now and ahead',
  );
  assert.deepEqual(periodOf(`党的二十大以来，深入开展${p}。`, p), { from: '2022-10-16', to: '2026-11-23' });
  assert.deepEqual(periodOf(`疫情期间，我们坚持${'常态化核酸检测'}。`, '常态化核酸检测'), { from: '2020-01-20', to: '2023-01-07' });
});

test('the nearest time expression decides; one after the mention counts when none is before', () => {
  const p = '党史学习教育';
  assert.deepEqual(periodOf(`2021年我们打下了基础，今年继续深入开展${p}。`, p), year(2026));
  assert.deepEqual(periodOf(`今年继续推进，2021年开展的${p}。`, p), year(2021));
  assert.deepEqual(periodOf(`${p}于2021年2月启动。`, p), { from: '2021-02-01', to: '2021-02-28' });
  assert.equal(
    timeOf(`全局上下团结一心、攻坚克难、真抓实干，2021年成绩显著。深入开展${p}。`, p).basis,
    'unmarked',
    'a year in the previous sentence does not count (unless it opens the paragraph)',
  );
});

test('a mention names its own time (期间, 以来, 成果); past-tense markers mean before now', () => {
  const p = '党史学习教育';
  assert.equal(timeOf(`在${p}期间，组织专题学习。`, p).basis, 'own');
  assert.equal(timeOf(`${p}开展以来，我们持续发力。`, p).basis, 'own');
  assert.equal(timeOf(`持续巩固拓展${p}成果。`, p).basis, 'own');
  const past = timeOf(`我们开展了${p}，收效明显。`, p);
  assert.deepEqual([past.basis, past.period], ['past', { from: EARLIEST, to: '2026-11-22' }]);
  assert.equal(timeOf(`${p}已于2022年初结束。`, p).basis, 'sentence', 'a year beats a past-tense marker');
  assert.equal(timeOf(`今年以来，我们开展了${p}。`, p).basis, 'sentence', 'so does a relative period');
  assert.deepEqual(timeOf(`深入开展${p}。`, p), { basis: 'unmarked', cue: '', period: { from: '2026-11-23', to: '2026-11-23' } });
});

test('a heading gives its period to its section, nearest heading first', () => {
  const text = '一、2025年工作回顾\n（一）党建工作\n深入开展党纪学习教育。\n二、2026年工作打算\n深入开展党纪学习教育。\n';
  const model = parseReport(text, 'plaintext', sharedSegmenter());
  const timeOfAt = mentionTimes(model.prose, model.structure(), '2026-11-23');
  const first = model.prose.indexOf('党纪学习教育');
  const second = model.prose.indexOf('党纪学习教育', first + 1);
  assert.deepEqual(timeOfAt(first, 6), { basis: 'heading', cue: '2025年', period: year(2025) });
  assert.deepEqual(timeOfAt(second, 6), { basis: 'heading', cue: '2026年', period: year(2026) });
  assert.deepEqual(periodNamed('（一）2021—2025年主要成效', '2026-11-23'), {
    cue: '2021—2025年',
    period: { from: '2021-01-01', to: '2025-12-31' },
  });
  assert.equal(periodNamed('（一）主要成效', '2026-11-23'), undefined);
});

test('stale: the whole period lies in the entry’s outdated interval', () => {
  assert.ok(isStale(year(2026), '2022-01-01'));
  assert.ok(!isStale({ from: '2021-01-01', to: '2026-11-23' }, '2022-01-01'), 'a span reaching back into the valid time');
  assert.ok(!isStale({ from: EARLIEST, to: '2026-11-22' }, '2022-01-01'));
  assert.ok(isStale(year(2026), '2022-01-01', '2027-01-01'));
  assert.ok(!isStale({ from: '2026-01-01', to: LATEST }, '2022-01-01', '2027-01-01'), 'reaches past until');
});

// Realistic paragraphs, both directions, judged on 2026-11-23.

test('copied reports: stale mentions in present, relative and future time are reported', () => {
  const copied = [
    '今年以来，我局深入开展党史学习教育，组织党员干部赴革命旧址开展现场教学12次，引导党员干部学史明理、学史增信。',
    '过去一年是贯彻党的十九届五中全会精神的开局之年，我们围绕中心、服务大局，各项工作取得新成效。',
    '“十五五”期间，要继续深入开展党史学习教育，推动学习成果转化为工作实效。',
    '2026年，我局坚持常态化疫情防控不放松，严格落实各项防控措施。',
    '党的二十大以来，我们扎实开展党史学习教育，干部队伍精神面貌焕然一新。',
    '下一步，我们将以党纪学习教育为契机，持续加强纪律建设。',
  ];
  assert.deepEqual(
    copied.map((t) => textsOf(t, 'outdated-phrasing')),
    [
      ['深入开展党史学习教育'],
      ['党的十九届五中全会精神'],
      ['深入开展党史学习教育'],
      ['常态化疫情防控'],
      ['扎实开展党史学习教育'],
      ['党纪学习教育'],
    ],
  );
  const sections =
    '一、2025年工作回顾\n（一）加强党的建设。我局深入开展党纪学习教育，严肃查处违纪问题。\n' +
    '二、2026年工作打算\n（一）持续加强作风建设。深入开展党史学习教育。\n';
  assert.deepEqual(
    textsOf(sections, 'outdated-phrasing'),
    ['深入开展党纪学习教育', '深入开展党史学习教育'],
    'heading years date their sections',
  );
});

test('reviews: correct history in professional reports is not reported', () => {
  const review = [
    '过去五年，我们扎实开展党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育和党纪学习教育，全面从严治党向纵深推进。',
    '2021年，我局扎实开展党史学习教育，为群众办实事48件。',
    '“十四五”时期以来，全市地区生产总值年均增长6.1%。',
    '在党史学习教育期间，我们组织专题学习研讨6次。',
    '持续巩固拓展党史学习教育成果，推动学习教育常态化长效化。',
    '2023上半年，我局扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。',
    '2017年，原国土资源部印发有关通知，明确了工作要求。',
    '疫情期间，我们坚持外防输入、内防反弹，守护了群众生命健康。',
  ];
  assert.deepEqual(
    review.map((t) => textsOf(t, 'outdated-phrasing', { referenceDate: '2026-03-05' })),
    review.map(() => []),
  );
  const fiveYears = '一、2021—2025年工作回顾\n（一）党建引领有力。深入开展党史学习教育，党员干部受到深刻教育。\n';
  assert.deepEqual(textsOf(fiveYears, 'outdated-phrasing'), [], 'a heading span covers its section');
});

test('a wrong name is wrong in a past-tense sentence too; only a named time excuses it', () => {
  assert.deepEqual(textsOf('我们配合国土资源部开展了专项检查。', 'outdated-phrasing'), ['国土资源部']);
  assert.deepEqual(textsOf('2017年，我们配合国土资源部开展了专项检查。', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('今年，我们配合国土资源部开展专项检查。', 'outdated-phrasing'), ['国土资源部']);
});

test('a heading that names a plan period and a year covers both: the whole span, not just its last cue', () => {
  const text = '一、“十四五”时期和2025年工作回顾\n扎实开展党史学习教育。\n二、2026年工作安排\n扎实开展党史学习教育。\n';
  const model = parseReport(text, 'plaintext', sharedSegmenter());
  const timeOfAt = mentionTimes(model.prose, model.structure(), '2026-01-20');
  const first = model.prose.indexOf('党史学习教育');
  assert.deepEqual(timeOfAt(first, 6).period, { from: '2021-01-01', to: '2025-12-31' });
  assert.deepEqual(
    textsOf(text, 'outdated-phrasing', { referenceDate: '2026-01-20' }),
    ['扎实开展党史学习教育'],
    'only the 2026 section is stale',
  );
});

test('a look-back that opens a paragraph dates the whole paragraph', () => {
  const fiveYears =
    '五年来，我们坚持稳中求进，统筹发展和安全，经济实力持续增强，城乡面貌发生深刻变化，人民生活水平不断提高，' +
    '基层治理更加有效，生态环境明显改善，营商环境持续优化，对外开放迈出新步伐，社会事业全面进步，干部队伍精神面貌焕然一新。' +
    '我们扎实开展党史学习教育，隆重庆祝中国共产党成立一百周年，如期打赢脱贫攻坚战。\n';
  const judged = timeOf(fiveYears, '党史学习教育', '2026-01-20');
  assert.deepEqual(judged, { basis: 'paragraph', cue: '五年来', period: { from: '2021-01-01', to: '2026-01-20' } });
  assert.deepEqual(textsOf(fiveYears, 'outdated-phrasing', { referenceDate: '2026-01-20' }), [], 'five years back: history');
  const yearIs =
    '会议指出，2021年是具有里程碑意义的一年。全局干部职工同心协力，扎实开展党史学习教育，' +
    '深入开展“我为群众办实事”实践活动，各项工作取得新成效。\n';
  assert.equal(timeOf(yearIs, '党史学习教育', '2022-01-20').basis, 'paragraph');
  assert.deepEqual(textsOf(yearIs, 'outdated-phrasing', { referenceDate: '2022-01-20' }), [], '2021年是… dates its list');
});

test('a paragraph look-back reaches only its own paragraph, up to the next heading', () => {
  const text = '过去五年，全县上下团结奋斗，各项事业取得长足进步。\n我们深入开展党史学习教育，干部作风明显好转。\n';
  assert.equal(timeOf(text, '党史学习教育', '2026-01-20').basis, 'unmarked', 'the next paragraph is not the look-back');
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2026-01-20' }), ['深入开展党史学习教育']);
  // A report pasted as one line: its paragraphs are the pieces cut out of it, each with its own look-back.
  const oneLine =
    '关于2021年以来作风建设情况的报告县委：2021年以来，我局持续加强作风建设，现将有关情况报告如下：' +
    '一、主要做法（一）深入开展党史学习教育，巩固学习成果。（二）整治形式主义。特此报告。';
  const model = parseReport(oneLine, 'plaintext', sharedSegmenter());
  assert.equal(model.structure().runOn, true);
  assert.notEqual(timeOf(oneLine, '党史学习教育', '2026-01-20').basis, 'paragraph', 'the look-back ends with its piece');
});

test('a paragraph that opens with the present year or later is no look-back: stale 提法 in it are found', () => {
  const current = [
    '今年以来，我局坚持以党建引领业务工作。全体干部深入开展党史学习教育，工作作风明显转变。\n',
    '2026年，我局各项工作稳步推进。我们继续深入开展党史学习教育，引导党员干部学史明理。\n',
    '2026年以来，全局上下真抓实干。一是深入开展党史学习教育。二是持续推进作风建设。\n',
  ];
  for (const text of current) {
    assert.notEqual(timeOf(text, '党史学习教育', '2026-11-23').basis, 'paragraph', text);
    assert.deepEqual(textsOf(text, 'outdated-phrasing'), ['深入开展党史学习教育'], text);
  }
  // A look-back further into the paragraph than its opening words is a cue of its sentence only.
  const late = '我局坚持以党建引领业务工作，全面加强队伍建设，回顾过去五年的工作成效显著。全体干部深入开展党史学习教育。\n';
  assert.notEqual(timeOf(late, '党史学习教育').basis, 'paragraph');
});

test('利当前、惠长远 and 开创美好未来 name no time: the look-back of the sentence stands', () => {
  const p = '党史学习教育';
  assert.deepEqual(periodOf(`过去五年，我们实施一系列利当前、惠长远的重大举措，扎实开展${p}。`, p, '2026-01-20'), {
    from: '2021-01-01',
    to: '2026-01-20',
  });
  assert.deepEqual(periodOf(`过去五年，我们立足当前、着眼长远，扎实开展${p}。`, p, '2026-01-20'), { from: '2021-01-01', to: '2026-01-20' });
  assert.equal(timeOf(`我们开展了${p}，开创美好未来。`, p).basis, 'past');
  assert.deepEqual(periodOf(`当前，要深入开展${p}。`, p), { from: '2026-11-23', to: '2026-11-23' }, '当前 alone is still now');
  assert.deepEqual(periodOf(`未来五年，要深入开展${p}。`, p), { from: '2026-11-23', to: LATEST }, '未来 as time is still ahead');
});
