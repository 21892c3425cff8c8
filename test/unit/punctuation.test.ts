import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check, fixAll as fixAllRounds } from '../../engine';
import { GROUP_ABOVE } from '../../engine/rules/punctuation';
import { findingsOf, REFERENCE_DATE } from '../helpers/engine';

const punct = (text: string, language: 'plaintext' | 'markdown' = 'plaintext') => findingsOf(text, 'punctuation', { language });
const fixAll = (text: string) =>
  applyEdits(
    text,
    punct(text).flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits)),
  ).text;

test('half-width , ; : ! ? ( ) in Chinese text become full-width, with a typed space removed', () => {
  const text = '2026年第一季度,市局党组坚持学习; 主要有:一是学习(含自学)!是否到位?';
  assert.deepEqual(
    punct(text).map((f) => f.text),
    [',', '; ', ':', '(含自学)', '!', '?'],
  );
  assert.equal(fixAll(text), '2026年第一季度，市局党组坚持学习；主要有：一是学习（含自学）！是否到位？');
  assert.ok(punct(text).every((f) => f.severity === 'warning' && f.fixes[0].safe));
});

test('numbers, times, English, heading markers and URLs are left alone', () => {
  for (const text of [
    '共1,000人',
    '会议于10:30开始，比例为1:2',
    'Hello, world (test)!',
    '（1）制定计划',
    '1.抓好学习',
    '2021年',
    '（一）总体情况',
    '(一)总体情况',
    '详见https://example.org/a,b?c=1',
    '某发〔2024〕5号',
  ]) {
    assert.deepEqual(
      punct(text).map((f) => f.text),
      [],
      text,
    );
  }
});

test('a half-width bracket pair is converted together or not at all', () => {
  const cases: [text: string, fixed: string][] = [
    ['按照要求(见附件)执行', '按照要求（见附件）执行'],
    ['组织专题学习(2次)', '组织专题学习（2次）'],
    // one side already full-width: the fix completes the pair, the other side is left as it is
    ['开展谈心谈话（覆盖全体党员)', '开展谈心谈话（覆盖全体党员）'],
    ['开展谈心谈话(覆盖全体党员）', '开展谈心谈话（覆盖全体党员）'],
    // nested
    ['整改(含立行立改(3项))完成', '整改（含立行立改（3项））完成'],
  ];
  for (const [text, fixed] of cases) {
    const found = punct(text);
    assert.equal(found.length, 1 + Number(text.includes('立行立改')), text);
    // each fix turns exactly the half-width sides of its own pair: the first and last character of its span
    for (const f of found) {
      assert.ok(f.fixes[0].safe, text);
      assert.ok(
        f.fixes[0].edits.every((e) => e.offset === f.offset || e.offset === f.offset + f.length - 1),
        text,
      );
    }
    assert.equal(fixAll(text), fixed, text);
  }
});

test('a half-width bracket without its partner is reported without a fix, never half-converted', () => {
  for (const text of ['收到(2024年报送的材料', '材料已报送)，请查收']) {
    const found = punct(text);
    assert.equal(found.length, 1, text);
    assert.deepEqual(found[0].fixes, [], text);
    assert.match(found[0].message, /没有配对/);
    assert.equal(fixAll(text), text);
  }
});

test('发文字号 years take 六角括号 〔〕 (GB/T 9704), whatever bracket was typed', () => {
  for (const typed of ['(2024)', '（2024）', '[2024]', '【2024】', '［2024］', '(2024）']) {
    const text = `根据《关于做好年度考核工作的通知》（某发${typed}5号）要求`;
    const found = punct(text);
    assert.deepEqual(
      found.map((f) => f.text),
      [typed],
      typed,
    );
    assert.match(found[0].message, /六角括号/);
    assert.equal(fixAll(text), '根据《关于做好年度考核工作的通知》（某发〔2024〕5号）要求', typed);
  }
  // `(2024)5号` is the example of the issue: never （2024)5号
  assert.equal(fixAll('某发(2024)5号'), '某发〔2024〕5号');
  assert.equal(fixAll('依据某办发(2023)12号文件(附后)'), '依据某办发〔2023〕12号文件（附后）');
});

test('straight quotes in Chinese text become curly quotes a pair at a time; an odd one is reported without a fix', () => {
  const text = '落实"第一议题"制度和"三会一课"';
  assert.equal(fixAll(text), '落实“第一议题”制度和“三会一课”');
  const found = punct(text);
  assert.deepEqual(
    found.map((f) => f.text),
    ['"第一议题"', '"三会一课"'],
  );
  assert.ok(found.every((f) => f.fixes[0].edits.length === 2));
  const odd = punct('落实"第一议题制度');
  assert.equal(odd.length, 1);
  assert.deepEqual(odd[0].fixes, []);
});

test('unpaired quotes, book-title marks and brackets are reported', () => {
  assert.deepEqual(
    punct('学习《条例》和《准则，强化“四个意识').map((f) => f.text),
    ['《', '“'],
  );
  assert.deepEqual(
    punct('见附件）和“一岗双责”').map((f) => f.text),
    ['）'],
  );
  assert.deepEqual(punct('“外‘内’外”（注（一））'), []);
});

test('quotes, 书名号 and brackets split by a hard line break inside a sentence still pair', () => {
  const pasted = [
    '深入学习贯彻《中国共产党纪律处分',
    '条例》，坚持“严”的主基调不动摇，把“两个',
    '维护”落实到具体行动上（见附件',
    '1）。',
  ].join('\n');
  assert.deepEqual(punct(pasted), []);
  assert.deepEqual(punct(pasted.replace(/\n/g, '\r\n')), []);
  // straight quotes split by the break are still a pair, converted together
  assert.equal(fixAll('落实"第一\n议题"制度'), '落实“第一\n议题”制度');
  // half-width brackets split the same way are still one pair with one fix
  const split = '开展专项整治(覆盖全市\n127个单位)。';
  assert.equal(fixAll(split), '开展专项整治（覆盖全市\n127个单位）。');
});

test('a mark is not paired across a sentence end, a heading or a blank line', () => {
  // the first line ends its sentence: the “ on it is unpaired, and so is the ” below
  assert.deepEqual(
    punct('坚持“严的主基调。\n深化以案促改”。').map((f) => f.text),
    ['“', '”'],
  );
  assert.deepEqual(
    punct('强化《条例\n\n学习》').map((f) => f.text),
    ['《', '》'],
  );
  assert.deepEqual(
    punct('落实“第一议题\n一、主要工作”').map((f) => f.text),
    ['“', '”'],
  );
});

test('in Markdown, the lines of one paragraph pair; list items do not', () => {
  assert.deepEqual(punct('坚持“严的主基调。\n深化以案促改”。\n', 'markdown'), []);
  assert.deepEqual(
    punct('- 学习《条例\n- 落实》\n', 'markdown').map((f) => f.text),
    ['《', '》'],
  );
});

test('spaces between Chinese and digits or letters are removed; layout runs of spaces stay', () => {
  const text = '2021 年完成 XX 项，共 3 次';
  assert.equal(fixAll(text), '2021年完成XX项，共3次');
  assert.equal(punct(text)[0].severity, 'info');
  assert.deepEqual(punct('XX局党组      2026年11月20日'), []);
  assert.deepEqual(punct('  一、总体情况'), []);
});

test('a space between two Chinese characters has its own message; a padded short name is layout', () => {
  const [found] = punct('推动全面从严治党 向纵深推进。');
  assert.match(found.message, /中文之间多了空格/);
  assert.equal(fixAll('推动全面从严治党 向纵深推进。'), '推动全面从严治党向纵深推进。');
  assert.doesNotMatch(punct('共 3 次')[0].message, /中文之间/);
  assert.deepEqual(punct('联系人：王  伟'), []);
  // a byline, a subtitle and a quoted slogan keep their spaces
  for (const text of [
    '某市人民政府市长 张某某',
    '——在某省第十四届人民代表大会第四次会议上 某省省长 李某',
    '推出“雄奇山水 新韵重庆”文旅宣传品牌，全年接待游客5亿人次。',
  ]) {
    assert.deepEqual(punct(text), [], text);
  }
});

test('Markdown syntax is not punctuation: lists, links, code', () => {
  assert.deepEqual(punct('- 学习[条例](https://a.b/c)，见`a,b`\n', 'markdown'), []);
});

test(`more than ${GROUP_ABOVE} marks of one kind are one finding whose fix holds every edit`, () => {
  const sentences = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作,已按计划完成`).join('。') + '。';
  const text = `${sentences}\n另有3项工作;正在推进。`;
  const found = punct(text);
  const commas = found.filter((f) => f.message.includes('逗号'));
  assert.equal(commas.length, 1);
  assert.match(commas[0].message, /本文有 30 处半角逗号/);
  assert.equal(commas[0].fixes[0].edits.length, 30);
  assert.equal(commas[0].text, ',');
  // the kinds below the threshold stay single findings
  assert.deepEqual(found.filter((f) => f.text === ';').length, 1);
  const fixed = fixAll(text);
  assert.ok(!/[,;]/.test(fixed));
  assert.equal(fixed.length, text.length);
  // the same through the engine's fix-all, and nothing is left to fix afterwards
  const run = (t: string) => check(t, { referenceDate: REFERENCE_DATE });
  const after = fixAllRounds(text, run).text;
  assert.equal(after, fixed);
  assert.deepEqual(punct(after), []);
});

test('exactly the threshold is still reported mark by mark', () => {
  const text = Array.from({ length: GROUP_ABOVE }, (_, i) => `第${i + 1}项,完成`).join('。');
  assert.equal(punct(text).length, GROUP_ABOVE);
});

test('a group of pasted spaces and of bracket pairs is one finding each', () => {
  const spaced = Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 项`).join('，');
  const bracketed = Array.from({ length: 12 }, (_, i) => `任务(${i + 1})`).join('，');
  const found = punct(`${spaced}。\n${bracketed}。`);
  assert.deepEqual(found.map((f) => /本文有 (\d+) 处(.+?)，/.exec(f.message)?.slice(1).join(' ')).sort(), [
    '12 半角括号“()”',
    '24 汉字与数字、字母之间的空格',
  ]);
});

test('a disabled region keeps its marks out of the group', () => {
  const many = Array.from({ length: 12 }, (_, i) => `第${i + 1}项,完成`).join('。');
  const text = `${many}。\n<!-- gongwen-disable punctuation -->\n这里,保留原样。\n<!-- gongwen-enable -->\n`;
  const [group] = punct(text);
  assert.equal(group.fixes[0].edits.length, 12);
  assert.ok(fixAll(text).includes('这里,保留原样'));
});
