import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import data from '../../data/report-types.json';
import { applyEdits, check, describeReport, parseReport } from '../../engine';
import { detectType as detectIn } from '../../engine/report-types';
import { ruleData } from '../../engine/rule-data';
import { findParts } from '../../engine/sections';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/types');
const FRAME_RULES = new Set(['missing-section', 'section-order', 'addressee', 'lead-in', 'closing', 'request-in-report', 'date-format']);
const detectType = (m: ReturnType<typeof model>, chosen?: string) => detectIn(m, ruleData().types, chosen);
const model = (text: string) => parseReport(text, 'plaintext', segmenters[0]);
const frameFindings = (text: string, options = {}) =>
  check(text, { referenceDate: REFERENCE_DATE, ...options }).filter((f) => FRAME_RULES.has(f.rule));

for (const type of data.types) {
  const file = path.join(FIXTURES, `${type.id}.txt`);
  test(`${type.name}: a complete report is recognised by its title and gets no structure finding`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const detected = detectType(model(text));
    assert.equal(detected.type.id, type.id);
    assert.equal(detected.confidence, 'certain');
    assert.deepEqual(
      frameFindings(text).map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });

  test(`${type.name}: title examples name the type`, () => {
    for (const title of type.examples.titles) {
      assert.equal(detectType(model(`${title}\n\n一、情况\n正文。\n`)).type.id, type.id, title);
    }
  });

  for (const { part, required } of type.parts.filter(
    (p) => p.required && !(data.parts as Record<string, { body?: boolean }>)[p.part].body,
  )) {
    test(`${type.name}: without its “${part}” part it is reported and the fix puts it back`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const parts = findParts(model(text), detectType(model(text)).type);
      const status = parts.find((p) => p.spec.id === part)!;
      assert.ok(required && status.heading, `fixture has ${part}`);
      const removed = text.slice(0, status.heading.start) + text.slice(status.heading.end).replace(/^\r?\n/, '');
      const [finding, ...others] = frameFindings(removed).filter((f) => f.rule === 'missing-section');
      assert.equal(others.length, 0);
      assert.match(finding.message, new RegExp(`缺少“${status.spec.name}”部分`));
      assert.equal(finding.severity, 'warning');
      const restored = applyEdits(removed, finding.fixes[0].edits).text;
      assert.deepEqual(
        frameFindings(restored).filter((f) => f.rule === 'missing-section'),
        [],
      );
      assert.deepEqual(
        check(restored, { referenceDate: REFERENCE_DATE }).filter((f) => f.rule === 'heading-numbering'),
        [],
        'numbering stays continuous',
      );
    });
  }
}

test('every part’s alias examples match on word boundaries, and its counter-examples do not', () => {
  const type = detectType(model('报告\n\n正文。\n'), 'generic').type;
  for (const [id, part] of Object.entries(data.parts)) {
    const spec = { ...type.parts[0].spec, id, name: part.name, body: false, aliases: part.aliases, leads: [] };
    const probe = { ...type, parts: [{ spec, required: true }] };
    for (const heading of part.examples.match) {
      assert.ok(findParts(model(`开头。\n${heading}\n正文。\n`), probe)[0].heading, `${id} should match “${heading}”`);
    }
    for (const heading of part.examples.noMatch) {
      assert.equal(findParts(model(`开头。\n${heading}\n正文。\n`), probe)[0].heading, undefined, `${id} should not match “${heading}”`);
    }
  }
});

test('without a title the opening paragraph’s signals decide, and the finding is only a hint', () => {
  const text =
    '按照要求，我局对2026年度预算执行情况进行了自查，现将自查情况报告如下：\n一、自查工作开展情况\n正文。\n三、整改措施\n正文。\n特此报告。\n';
  const detected = detectType(model(text));
  assert.equal(detected.type.id, 'self-inspection');
  assert.equal(detected.confidence, 'likely');
  assert.match(detected.reason, /进行了自查/);
  const [missing] = frameFindings(text).filter((f) => f.rule === 'missing-section');
  assert.match(missing.message, /缺少“存在问题”部分/);
  assert.equal(missing.severity, 'info');
});

test('a marker comment or the chosen type overrides detection', () => {
  const text = '<!-- gongwen-type: 述职报告 -->\n关于2026年度工作情况的报告\n\n一、履职情况\n正文。\n';
  assert.equal(detectType(model(text)).type.id, 'duty');
  assert.equal(detectType(model(text), '对照检查材料').type.id, 'review');
  assert.equal(check(text, { referenceDate: REFERENCE_DATE }).filter((f) => f.text.includes('gongwen')).length, 0);
});

test('a part written as a paragraph lead counts, but not inside a named section', () => {
  const text =
    '关于一季度工作情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n正文。\n但也存在一些不容忽视的问题：一是甲。二是乙。\n二、下一步工作打算\n针对存在的问题，我们将改进。\n特此报告。\n\n××局\n2026年4月2日\n';
  const parts = findParts(model(text), detectType(model(text)).type);
  const problems = parts.find((p) => p.spec.id === 'problems')!;
  assert.equal(problems.lead?.line, 6);
  assert.deepEqual(frameFindings(text), []);
});

test('parts out of order are reported on the late part', () => {
  const text =
    '关于2026年工作情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n正文。\n二、下一步工作打算\n正文。\n三、存在的问题\n正文。\n特此报告。\n\n××局\n2026年11月20日\n';
  const [order] = frameFindings(text).filter((f) => f.rule === 'section-order');
  assert.equal(order.text, '下一步工作打算');
  assert.match(order.message, /“下步打算”应放在“存在问题”之后/);
});

test('请示 wording in a report is flagged, a regulation’s name is not', () => {
  const text =
    '关于2026年工作情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n学习《中国共产党重大事项请示报告条例》。\n以上报告，妥否，请批示。\n\n××局\n2026年11月20日\n';
  const requests = frameFindings(text).filter((f) => f.rule === 'request-in-report');
  assert.deepEqual(
    requests.map((f) => f.text),
    ['妥否，请批示'],
  );
  assert.equal(applyEdits(text, requests[0].fixes[0].edits).text.includes('特此报告。\n\n××局'), true);
});

test('成文日期: wrong forms get a safe fix, an impossible date is an error, a missing one a hint', () => {
  const frame = (date: string) =>
    `关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n正文。\n特此报告。\n\n××局\n${date}\n`;
  for (const [written, correct] of [
    ['2026年01月05日', '2026年1月5日'],
    ['二〇二六年十一月二十三日', '2026年11月23日'],
    ['2026.11.23', '2026年11月23日'],
    ['2026-11-23', '2026年11月23日'],
  ]) {
    const [finding] = frameFindings(frame(written)).filter((f) => f.rule === 'date-format');
    assert.equal(finding.text, written);
    assert.equal(finding.fixes[0].safe, true);
    assert.equal(finding.fixes[0].edits[0].newText, correct);
  }
  assert.equal(frameFindings(frame('2026年2月30日')).find((f) => f.rule === 'date-format')?.severity, 'error');
  assert.deepEqual(frameFindings(frame('2026年11月23日')), []);
  const missing = frameFindings('关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n正文。\n特此报告。\n').find(
    (f) => f.rule === 'date-format',
  );
  assert.equal(missing?.severity, 'info');
});

test('the title is evidence of a part: …工作总结和下一步工作计划 has its 下步打算', () => {
  const text = [
    '××县统计局2026年工作总结和下一步工作计划',
    '',
    '今年以来，我局围绕全县中心工作，扎实做好统计调查各项工作。现将有关情况总结如下：',
    '一、主要工作及成效',
    '圆满完成第五次全国经济普查数据发布工作，按时报送各类统计报表2100余份。',
    '二、存在的问题',
    '基层统计力量薄弱，部分乡镇统计员身兼数职。',
    '三、2027年重点工作',
    '加强统计执法检查，提升源头数据质量。',
    '',
    '2026年12月18日',
    '',
  ].join('\n');
  const summary = describeReport(text, { referenceDate: REFERENCE_DATE });
  assert.equal(summary.type.id, 'work-report');
  const next = summary.parts.find((p) => p.id === 'next')!;
  assert.equal(next.present, true);
  assert.equal(next.line, 0, 'the title names it');
  assert.deepEqual(
    frameFindings(text).filter((f) => f.rule === 'missing-section'),
    [],
  );
  // Without the title's words the same body lacks a 下步打算 heading.
  const plain = text.replace('和下一步工作计划', '');
  assert.match(frameFindings(plain).find((f) => f.rule === 'missing-section')!.message, /缺少“下步打算”部分/);
});

test('an 整改落实情况报告 is an 整改 report by its title', () => {
  for (const title of ['关于市委第三巡察组反馈意见整改落实情况报告', '××镇关于审计发现问题整改落实情况的报告']) {
    assert.equal(detectType(model(`${title}\n\n县委巡察办：\n一、整改工作开展情况\n正文。\n`)).type.id, 'rectification', title);
  }
});

test('part wordings real reports use: 工作建议, 意见建议, 努力方向, 改进措施, 问题及原因, 原因剖析', () => {
  const frame = (headings: string[]) =>
    [
      '关于2026年度档案工作的自查报告',
      '',
      '县档案馆：',
      '按照县档案局通知要求，我局对档案工作进行了自查。现将自查情况报告如下：',
      ...headings.flatMap((h, i) => [`${'一二三四'[i]}、${h}`, '正文。']),
      '特此报告。',
      '',
      '××局',
      '2026年11月20日',
      '',
    ].join('\n');
  const missing = (headings: string[]) =>
    frameFindings(frame(headings))
      .filter((f) => f.rule === 'missing-section')
      .map((f) => f.message);
  assert.deepEqual(missing(['自查工作开展情况', '存在问题', '工作建议']), []);
  assert.deepEqual(missing(['自查工作开展情况', '存在问题', '今后努力方向']), []);
  assert.deepEqual(missing(['自查工作开展情况', '存在问题', '改进措施']), []);
  // One heading naming both 存在问题 and 原因.
  const both = frame(['自查工作开展情况', '存在的问题及原因', '意见建议']);
  const parts = findParts(model(both), detectType(model(both)).type);
  assert.equal(parts.find((p) => p.spec.id === 'problems')!.heading?.title.text, '存在的问题及原因');
  assert.equal(parts.find((p) => p.spec.id === 'causes')!.heading?.title.text, '存在的问题及原因');
  assert.deepEqual(missing(['自查工作开展情况', '存在的问题及原因', '意见建议']), []);
  // 工作总结 (no 整改措施 part) also takes 改进措施 and 工作建议 as its 下步打算.
  const summary = (h: string) =>
    `××局2026年工作总结\n\n今年以来，我局扎实推进各项工作。现将全年工作总结如下：\n一、主要工作\n正文。\n二、存在的问题\n正文。\n三、${h}\n正文。\n\n2026年12月20日\n`;
  for (const h of ['改进措施', '工作建议', '明年工作打算']) {
    assert.deepEqual(
      frameFindings(summary(h)).filter((f) => f.rule === 'missing-section'),
      [],
      h,
    );
  }
  assert.equal(
    frameFindings(summary('其他事项')).filter((f) => f.rule === 'missing-section').length,
    1,
    'an unrelated heading is no 下步打算',
  );
});

test('the settings enum lists every type of data/report-types.json, in its order; the picker copies no list', () => {
  const root = path.resolve(__dirname, '../../..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const setting = pkg.contributes.configuration.properties['gongwen.reportType'];
  assert.deepEqual(setting.enum, ['', ...data.types.map((t) => t.name)]);
  assert.equal(setting.enumDescriptions.length, setting.enum.length);
  // The picker asks the server (gongwen/reportTypes, test/lsp/config.test.ts): no type name is written in the client.
  const picker = fs.readFileSync(path.join(root, 'client/src/report-type.ts'), 'utf8');
  assert.deepEqual(
    data.types.filter((t) => picker.includes(`'${t.name}'`)).map((t) => t.name),
    [],
  );
});

// Texts delivered at a meeting: a subtitle says where, and no 主送机关, 开头语, 特此报告 or 成文日期 is asked of them.
const DELIVERED_RULES = new Set(['addressee', 'lead-in', 'closing', 'date-format']);

test('政府工作报告: its subtitle line is read as such, and it is checked against its own parts', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'government-work-report.txt'), 'utf8');
  const s = model(text).structure();
  assert.equal(s.subtitle?.text, '——2026年1月20日在××市第十七届人民代表大会第五次会议上');
  assert.equal(s.delivered, true);
  // Even checked as a plain 报告 it is never asked for a lead-in, 主送机关 or 特此报告.
  assert.deepEqual(
    frameFindings(text, { reportType: '报告' }).filter((f) => DELIVERED_RULES.has(f.rule)),
    [],
  );
  // Its parts come from its own schema; none but the review is required, as the years vary (2015年工作总体部署 then
  // topical sections; 对2018年政府工作的建议), and a sub-heading of the review (（八）加强政府自身建设) names no part.
  const parts = describeReport(text, { referenceDate: REFERENCE_DATE }).parts;
  assert.deepEqual(
    parts.map((p) => `${p.name}${p.present ? '✓' : '✗'}`),
    ['工作回顾✓', '总体要求✓', '重点任务✓', '政府自身建设✓'],
  );
  const topical = text
    .replace('三、2026年重点工作', '三、坚定不移扩大内需')
    .replace('四、全面加强政府自身建设', '四、坚持依法行政')
    .replace('一年来，我们坚持项目为王', '（一）持续加强政府自身建设。一年来，我们坚持项目为王');
  const after = describeReport(topical, { referenceDate: REFERENCE_DATE }).parts;
  assert.deepEqual(
    after.map((p) => `${p.name}${p.present ? '✓' : '✗'}`),
    ['工作回顾✓', '总体要求✓', '重点任务✗', '政府自身建设✗'],
  );
  assert.deepEqual(frameFindings(topical), []);
});

test('a report with a title of its own delivered at a plenum is a 大会工作报告 by its subtitle', () => {
  const text = [
    '坚定不移推进全面从严治党　为高质量发展提供坚强保障',
    '——在中国共产党××市第十三届纪律检查委员会第五次全体会议上的工作报告',
    '',
    '一、2025年工作回顾',
    '过去一年，市纪委监委坚持稳中求进工作总基调，一体推进不敢腐、不能腐、不想腐。',
    '二、2026年主要任务',
    '今年要重点抓好以下工作：深化政治监督，持续纠治“四风”，严肃查处腐败问题。',
    '',
  ].join('\n');
  const detected = detectType(model(text));
  assert.equal(detected.type.id, 'congress-report');
  assert.match(detected.reason, /副标题含“全体会议”/);
  assert.deepEqual(frameFindings(text), []);
});

test('a work report delivered at a meeting is still a 工作总结 but is never asked for 特此报告 or a lead-in', () => {
  const text = [
    '××局2026年工作报告',
    '——在全局2027年工作会议上',
    '',
    '同志们：',
    '一、2026年工作回顾',
    '全年完成各项目标任务。',
    '二、存在的问题',
    '基层基础工作仍较薄弱。',
    '三、2027年工作打算',
    '下一步，我们将持续推进重点工作。',
    '',
  ].join('\n');
  assert.equal(detectType(model(text)).type.id, 'work-report');
  assert.deepEqual(
    frameFindings(text).filter((f) => DELIVERED_RULES.has(f.rule)),
    [],
  );
  // The same text without its subtitle is a written report and misses its lead-in.
  assert.deepEqual(
    frameFindings(text.replace('——在全局2027年工作会议上\n', ''))
      .filter((f) => DELIVERED_RULES.has(f.rule))
      .map((f) => f.rule),
    ['lead-in'],
  );
});

test('讲话稿, 通知, 问题清单 and 台账 are recognised and not checked for a report’s parts or 特此报告', () => {
  for (const [id, name] of [
    ['speech', '讲话稿'],
    ['notice', '通知'],
    ['problem-list', '问题清单'],
    ['ledger', '台账'],
  ]) {
    const text = fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
    assert.equal(detectType(model(text)).type.name, name);
    const found = check(text, { referenceDate: REFERENCE_DATE });
    assert.ok(!found.some((f) => /特此报告|缺少“/.test(f.message)), `${id}: ${found.map((f) => f.message).join('\n')}`);
  }
  // A note in brackets after the kind does not hide it.
  assert.equal(detectType(model('××同志在全市经济工作会议上的讲话（摘要）\n\n同志们：\n一、形势\n正文。\n')).type.id, 'speech');
  // …and with no blank line under the title: the kind's word makes the first line a title.
  const speech =
    '在全县安全生产工作会议上的讲话\n同志们：\n一、充分肯定成绩\n今年以来全县安全形势稳定。\n二、扎实做好下步工作\n要持续加强监管。\n谢谢大家！\n';
  assert.equal(detectType(model(speech)).type.id, 'speech');
  assert.deepEqual(
    check(speech, { referenceDate: REFERENCE_DATE }).map((f) => f.message),
    [],
  );
  // A quoted report in a 通知's title does not make it a report.
  assert.equal(detectType(model('关于转发《××局关于2026年工作情况的报告》的通知\n\n各科室：\n一、工作要求\n正文。\n')).type.id, 'notice');
  // …and a report about a 通知 is still a report.
  assert.equal(
    detectType(model('关于贯彻落实《关于加强安全生产工作的通知》情况的报告\n\n市政府：\n一、主要工作\n正文。\n')).type.id,
    'situation',
  );
});
