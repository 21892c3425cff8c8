import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, parseConfig } from '../../engine';
import { ruleTester } from '../helpers/rule-kit';

// One table per kind: cases that must fire (with the fix they offer) and near misses that must stay quiet.
ruleTester('typo', {
  valid: [
    // Reduplications and correct idioms.
    '层层压实责任，常常深入一线，研究研究办法。',
    '认认真真学习，扎扎实实工作，按部就班推进。',
    '全体干部再接再厉，齐心协力，攻坚克难。',
    // A slip the closed list names is misused-word's finding alone.
    '各项工作按步就班推进。',
    // Names and places the dictionary knows; look-alikes used right.
    '侯马市、闽侯县两地开展交流合作。',
    '戊戌变法至今已一百多年，克己奉公，严于律己。',
    '冶金行业转型升级，年末完成全部任务，防止私心作祟。',
    // Frequent words that sound alike, both right where they stand.
    '权力运行受到有效监督，依法保障群众合法权利。',
    '及时整改发现的问题，即使困难再大也要完成任务。',
    '工作是在党委领导下开展的，实施方案经审议通过。',
    // 的 that is right: before a noun phrase, as an object, in a 的-phrase.
    '实施积极的财政政策，建立有效的推进机制。',
    '各项措施得到切实有效的落实，矛盾得到了彻底的解决。',
    '我们做的很多工作得到群众认可。',
  ],
  invalid: [
    {
      text: '目前己经完成整改任务九项。',
      findings: [{ text: '己经', message: '“己经”疑为“已经”（形近字）', severity: 'warning', safe: false }],
      output: '目前已经完成整改任务九项。',
    },
    {
      text: '群众在窗口等侯的时间明显缩短。',
      findings: [{ text: '等侯', message: /等候.*形近字/ }],
      output: '群众在窗口等候的时间明显缩短。',
    },
    { text: '谋划末来五年发展。', findings: [{ text: '末来', message: /未来/ }], output: '谋划未来五年发展。' },
    {
      text: '安全隐患整治刻不容换。',
      findings: [{ text: '刻不容换', message: '“刻不容换”疑为“刻不容缓”（成语“刻不容缓”用字）', severity: 'warning' }],
      output: '安全隐患整治刻不容缓。',
    },
    { text: '稳就业是当务之即。', findings: [{ text: '当务之即' }], output: '稳就业是当务之急。' },
    {
      text: '全体党员齐协力，攻坚克难。',
      findings: [{ text: '齐协力', message: '“齐协力”疑为“齐心协力”（成语“齐心协力”缺字）' }],
      output: '全体党员齐心协力，攻坚克难。',
    },
    {
      text: '压实各级主体责认。',
      findings: [{ text: '主体责认', message: /主体责任.*同音字/, severity: 'info', safe: false }],
      output: '压实各级主体责任。',
    },
    {
      text: '切实有效的开展专项整治。',
      findings: [{ text: '的', message: '状语后、动词前应用“地”', severity: 'warning', safe: false }],
      output: '切实有效地开展专项整治。',
    },
    { text: '这项工作做的很好。', findings: [{ text: '的', message: '动词后、补语前应用“得”' }], output: '这项工作做得很好。' },
    // A line break inside a paragraph does not hide a broken idiom.
    { text: '稳就业是当务\n之即。', findings: [{ text: '当务\n之即' }], languages: ['plaintext'] },
  ],
});

test('typo: a word of the workspace (words) is never corrected', () => {
  const text = '时侯村村委会开展自查。';
  const { config } = parseConfig(JSON.stringify({ words: ['时侯村'] }), '.gongwen.json');
  assert.equal(check(text, { referenceDate: '2026-11-23' }).filter((f) => f.rule === 'typo').length, 1);
  assert.deepEqual(
    check(text, { referenceDate: '2026-11-23', pack: config.pack }).filter((f) => f.rule === 'typo'),
    [],
  );
});

test('typo: a workspace confusion group adds its look-alikes', () => {
  const text = '推进基层洽理。';
  const found = (pack?: object) =>
    check(text, { referenceDate: '2026-11-23', pack })
      .filter((f) => f.rule === 'typo')
      .map((f) => f.fixes[0].edits[0].newText);
  assert.deepEqual(found(), []);
  const { config, problems } = parseConfig(JSON.stringify({ typoConfusions: ['洽治'] }), '.gongwen.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(found(config.pack), ['治理']);
});

test('typo: typoConfusions must be groups of Chinese characters', () => {
  const { problems } = parseConfig(JSON.stringify({ typoConfusions: ['a'] }), '.gongwen.json');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /typoConfusions/);
});
