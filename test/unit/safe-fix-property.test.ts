import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, check, fixAll } from '../../engine';
import { createdFindings, unsafeEdits } from '../../engine/safe-fix';
import type { CheckOptions } from '../../engine';
import type { Finding, Language } from '../../engine/types';
import { REFERENCE_DATE } from '../helpers/engine';

// The safe-fix property (engine/safe-fix.ts) over every fixture text and over clean, professionally
// edited paragraphs: (a) each safe edit changes only punctuation or its own finding's characters,
// (b) no safe fix — alone or all together — creates a finding, (c) on clean text fix-all is the identity.

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(full) : /\.(txt|md)$/.test(e.name) ? [full] : [];
  });
}

const fixtures = textFiles(FIXTURES).map((file) => ({
  name: path.relative(FIXTURES, file),
  text: fs.readFileSync(file, 'utf8'),
  language: (file.endsWith('.md') ? 'markdown' : 'plaintext') as Language,
}));

/** Paragraphs as clean official text writes them, each a trap for one way a safe fix could go wrong. */
const CLEAN_PARAGRAPHS = [
  '局党组认认真真对照检查，原原本本学习党章党规，切切实实推动整改落实。',
  '扎扎实实推进主题教育，实实在在为群众办好事，把问题讲得清清楚楚、明明白白。',
  '涉及经济社会发展方方面面，要时时处处严格要求自己，做到家家户户知晓。',
  '干干净净做事、老老实实做人，踏踏实实干好本职工作，兢兢业业履职尽责。',
  '这件事党组再研究研究，方案下周拿到会上讨论讨论。',
  '层层压实责任，常常深入基层，做到人人参与、天天有人值守、月月有主题、年年有提升。',
  '形成一级抓一级、层层抓落实的格局，把实事一件一件办好、一茬一茬抓下去。',
  '到一线去看一看，干一行爱一行钻一行，一年接着一年干。',
  '杜绝问题不了了之，为了了解基层实情，达到整改目的的手段要多样。',
  '根据《关于做好年度考核工作的通知》（某组发〔2026〕8号）要求，现将有关情况报告如下：',
  '全年完成投资1,286.5亿元，同比增长5.8%，会议于10:30开始，比例为1:2。',
  '开展“作风建设年”活动，严格落实“第一议题”制度，用好“四种形态”。',
  '学习《中国共产党纪律处分条例》和《关于新形势下党内政治生活的若干准则》。',
  '制定主体责任清单（以下简称“清单”），明确任务分工（见附件2）。',
  '推行“一网通办”，企业开办时间压缩至1个工作日以内，通过ISO 9001认证。',
  '详见https://www.example.gov.cn/zwgk/a,b?id=1，不再赘述。',
  '综合运用监督执纪“四种形态”，抓早抓小、防微杜渐。',
  '一是理论学习不够深入；二是监督方式比较单一；三是担当作为不够。',
  '2026年上半年，全区新增城镇就业1.2万人，发放惠民补贴2.3亿元。',
  '坚持以人民为中心的发展思想，让群众的获得感、幸福感、安全感更加充实。',
  '肩上的担子沉甸甸的，一步步推动工作落实，党员个个争先。',
  '依据《中华人民共和国预算法》第二十三条和国发〔2021〕5号文件的规定执行。',
];

const options = (language: Language): CheckOptions => ({ referenceDate: REFERENCE_DATE, language });
const run = (language: Language) => (text: string) => check(text, options(language));
const describeFinding = (f: Finding) => `${f.rule} “${f.text}”：${f.message}`;

const cleanTexts = [
  ...CLEAN_PARAGRAPHS.map((text, i) => ({ name: `clean paragraph ${i + 1}`, text, language: 'plaintext' as Language })),
  ...fixtures.filter((f) => f.name.startsWith('clean')),
];

test('the fixtures and clean texts are there to test', () => {
  assert.ok(fixtures.length >= 20, `${fixtures.length} fixture texts`);
  assert.ok(cleanTexts.length >= CLEAN_PARAGRAPHS.length + 3);
});

for (const { name, text, language } of [...fixtures, ...cleanTexts]) {
  test(`${name}: every safe fix keeps the safe-fix property`, () => {
    const before = check(text, options(language));
    const problems: string[] = [];
    for (const finding of before) {
      // (a) only punctuation or the finding's own characters
      for (const { edit, removed } of unsafeEdits(text, finding)) {
        problems.push(`${describeFinding(finding)} 改动了自己范围以外的文字：“${removed}”→“${edit.newText}”`);
      }
      // (b) alone, it creates no finding
      const fix = finding.fixes.find((x) => x.safe);
      if (!fix) continue;
      const after = check(applyEdits(text, fix.edits).text, options(language));
      for (const created of createdFindings(before, after, fix.edits)) {
        problems.push(`${describeFinding(finding)} 的修复带来了新问题：${describeFinding(created)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test(`${name}: fix-all creates no finding that was not there before and leaves no safe fix`, () => {
    const before = check(text, options(language));
    const { text: fixed, unconverged } = fixAll(text, run(language));
    assert.equal(unconverged, undefined);
    const after = check(fixed, options(language));
    assert.deepEqual(after.filter((f) => f.fixes.some((x) => x.safe)).map(describeFinding), []);
    // Spans move by many edits at once here, so a finding is matched by rule and message.
    const known = new Set(before.map((f) => `${f.rule}\u0000${f.message}`));
    assert.deepEqual(after.filter((f) => !known.has(`${f.rule}\u0000${f.message}`)).map(describeFinding), []);
  });
}

for (const { name, text, language } of cleanTexts) {
  test(`${name}: fix-all on clean text changes nothing`, () => {
    const safe = check(text, options(language)).filter((f) => f.fixes.some((x) => x.safe));
    assert.deepEqual(safe.map(describeFinding), []);
    assert.equal(fixAll(text, run(language)).text, text);
  });
}

test('the property itself: an edit outside its span that is not punctuation is caught, and so is a created finding', () => {
  const text = '落实“第一议题”制度';
  const finding = (edits: { offset: number; length: number; newText: string }[]): Finding => ({
    rule: 'demo',
    severity: 'warning',
    message: 'demo',
    offset: 2,
    length: 4,
    range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } },
    text: text.slice(2, 6),
    fixes: [{ title: 'demo', safe: true, edits }],
  });
  assert.deepEqual(unsafeEdits(text, finding([{ offset: 3, length: 2, newText: '二' }])), [], 'inside its span');
  assert.deepEqual(unsafeEdits(text, finding([{ offset: 7, length: 1, newText: '"' }])), [], 'a mark for a mark');
  assert.deepEqual(
    unsafeEdits('一、甲\n五、乙', { ...finding([{ offset: 4, length: 2, newText: '二、' }]), offset: 0, length: 2 }),
    [],
    'a heading number for another',
  );
  assert.deepEqual(unsafeEdits(text, finding([{ offset: 8, length: 0, newText: ' ' }])), [], 'a space');
  assert.equal(unsafeEdits(text, finding([{ offset: 0, length: 2, newText: '执行' }])).length, 1, 'words outside its span');
  const unsafe = {
    ...finding([{ offset: 0, length: 2, newText: '执行' }]),
    fixes: [{ title: 'x', safe: false, edits: [{ offset: 0, length: 2, newText: '执行' }] }],
  };
  assert.deepEqual(unsafeEdits(text, unsafe), [], 'a judgement fix is not bound by the property');

  const before = check('经研究，执行各项规定。', options('plaintext'));
  const broken = '经研究,执行各项规定规定。';
  const after = check(broken, options('plaintext'));
  const created = createdFindings(before, after, [
    { offset: 3, length: 1, newText: ',' },
    { offset: 9, length: 0, newText: '规定' },
  ]);
  assert.deepEqual(created.map((f) => f.rule).sort(), ['duplicate-word', 'punctuation']);
});
