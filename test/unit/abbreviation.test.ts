import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('abbreviation', {
  valid: [
    '联合市发展和改革委员会（以下简称“发改委”）印发方案。发改委牵头落实。\n',
    // a 简称 alone, with no full name in the document
    '市发改委牵头，市人社局配合。\n',
    // the full name written in full before its definition: 巡视组 there is part of it
    '中央第三巡视组进驻后，我们全力配合。中央第三巡视组（以下简称巡视组）反馈问题12个，巡视组指出的问题全部整改。\n',
    '市人力资源和社会保障局牵头，市人社局配合落实。\n',
    // a title or a 《…》 document name with the 简称 comes before the body's full name: not a use
    '关于配合市发改委开展专项检查的报告\n\n市政府：\n我局配合市发展和改革委员会开展检查。\n',
    '学习《市发改委关于做好项目申报的通知》，配合市发展和改革委员会开展申报。\n',
    // one 简称, used after the full name
    '国家发展和改革委员会印发通知后，我市按照国家发展改革委要求开展自查。\n',
  ],
  invalid: [
    {
      text: '第三组进驻后，中央第三巡视组（以下简称“第三组”）指出问题，第三组的意见全部落实。\n',
      findings: [{ text: '第三组', message: /简称“第三组”在后文才定义/, noFix: true }],
    },
    {
      text: '会同市发改委开展调研。联合市发展和改革委员会印发方案。\n',
      findings: [{ text: '发改委', message: /“发改委”先于全称“发展和改革委员会”出现/, severity: 'info' }],
    },
    {
      text: '市发展和改革委员会牵头。市发改委、市发展改革委分别落实。\n',
      findings: [{ text: '发展改革委', message: /简称前后不一致：“发改委”与“发展改革委”/, severity: 'info' }],
    },
    {
      text: '设立专项工作组（以下简称“专班”）。抽调骨干充实专班。成立督导组（以下简称“专班”）。\n',
      findings: [{ text: '专班', message: /已在前文定义过/, severity: 'info' }],
    },
  ],
});

test('abbreviation names the place it compares with', () => {
  const [f] = findingsOf('会同市发改委开展调研。联合市发展和改革委员会印发方案。\n', 'abbreviation');
  assert.equal(f.related?.length, 1);
  assert.match(f.related![0].message, /全称“发展和改革委员会”首次出现处/);
});
