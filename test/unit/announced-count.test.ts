import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

const PROBLEMS = '（一）理论学习不够深入。\n（二）调查研究不够扎实。\n（三）工作作风不够过硬。\n';

ruleTester('announced-count', {
  valid: [
    `二、存在问题\n对照要求，还存在以下三个方面问题：\n${PROBLEMS}三、整改措施\n`,
    `二、存在的三个方面问题\n${PROBLEMS}三、整改措施\n`,
    '今年主要做了三个方面工作：一是抓学习；二是抓整改；三是抓落实。\n',
    // followed by narrative, not a list: nothing to count
    '下一步，我们将从四个方面抓好整改，确保取得实效。\n一、强化学习\n二、压实责任\n',
    // a contents list numbered 一、二、三 then the body numbered again: only the first run counts
    '本报告分三个方面内容：\n一、基本情况\n二、存在问题\n三、整改措施\n一、基本情况\n今年以来……\n二、存在问题\n……\n三、整改措施\n……\n',
    // a document title
    '根据《关于整改三个方面问题的通知》：\n一、基本情况\n二、存在问题\n',
    // an ordinal is not a count
    '第三个方面问题：\n（一）学习不深。\n（二）调研不实。\n',
    // an enumeration after the colon, of the right length; narrative with a comma counts nothing
    '存在以下三个方面问题：学习不深、调研不实、作风不硬。\n',
    '主要做了三个方面工作：抓学习、抓整改，各项工作取得明显成效。\n',
    // quoted count formulations: the right count, a passing mention, a list that is not its members
    '始终做到“三个坚持”：一是坚持政治引领；二是坚持问题导向；三是坚持系统观念。\n',
    '增强“四个意识”，坚定“四个自信”，做到“两个维护”。全年重点抓了三件事：一是抓学习；二是抓整改；三是抓落实；四是抓队伍。\n',
    '深刻领悟“两个确立”，一是抓学习；二是抓整改；三是抓落实。\n',
    // a formulation the formulation rule knows item by item is left to it
    '牢固树立“四个意识”：政治意识、大局意识、核心意识。\n',
    '我局落实“三个坚持”：\n（一）坚持政治引领\n（二）坚持问题导向\n（三）坚持系统观念\n',
    // the number in a sentence that does not introduce the list
    '共完成两项任务。\n（一）修订制度。\n（二）开展培训。\n（三）完善台账。\n',
  ],
  invalid: [
    {
      text: '存在以下三个方面问题：学习不深、调研不实、作风不硬、执行不严。\n',
      findings: [{ text: '三', message: /其后列出4条（学习不深…执行不严）/ }],
    },
    {
      text: '主要做了两项工作：健全制度体系；完善考核办法；强化督促检查。\n',
      findings: [{ text: '两', message: /其后列出3条/ }],
    },
    {
      text: '始终坚持“四个统筹”：统筹发展、统筹安全、统筹改革。\n',
      findings: [{ text: '四', message: /“四个统筹”，其后列出3条/ }],
    },
    {
      text: '始终做到“三个坚持”：一是坚持政治引领；二是坚持问题导向；三是坚持系统观念；四是坚持守正创新。\n',
      findings: [{ text: '三', message: /预告“三个坚持”，其后列出4条（一是…四是）/, noFix: true }],
    },
    {
      text: '我局落实“三个坚持”：\n（一）坚持政治引领\n（二）坚持问题导向\n',
      findings: [{ text: '三', message: /“三个坚持”，其后列出2条/ }],
    },
    {
      text: '落实“四个到位”，即：一是责任到位；二是措施到位；三是督查到位。\n',
      findings: [{ text: '四', message: /“四个到位”，其后列出3条/ }],
    },
    {
      text: '共完成两项任务，分别是：\n（一）修订制度。\n（二）开展培训。\n（三）完善台账。\n',
      findings: [{ text: '两', message: /两项任务”，其后列出3条/ }],
    },
    {
      text: `二、存在问题\n对照要求，还存在以下三个方面问题：\n${PROBLEMS}（四）制度执行不够严格。\n三、整改措施\n`,
      findings: [{ text: '三', message: /预告“三个方面问题”，其后列出4条/, noFix: true }],
    },
    {
      text: `二、存在的四个方面问题\n${PROBLEMS}三、整改措施\n`,
      findings: [{ text: '四', message: /其后列出3条/ }],
    },
    {
      text: '今年主要做了三个方面工作：一是抓学习；二是抓整改；三是抓落实；四是抓队伍。\n',
      findings: [{ text: '三', message: /其后列出4条（一是…四是）/ }],
    },
    {
      text: '一、主要工作\n围绕中心任务，重点抓了五项工作：\n（一）抓学习。\n（二）抓整改。\n（三）抓落实。\n（四）抓队伍。\n二、存在问题\n',
      findings: [{ text: '五', message: /五项工作”，其后列出4条/ }],
    },
  ],
});

test('announced-count names each listed item as a related place', () => {
  const [f] = findingsOf(`二、存在问题\n还存在以下两个方面问题：\n${PROBLEMS}`, 'announced-count');
  assert.deepEqual(
    f.related?.map((r) => [r.message, r.range.start.line]),
    [
      ['第1条：（一）理论学习不够深入', 2],
      ['第2条：（二）调查研究不够扎实', 3],
      ['第3条：（三）工作作风不够过硬', 4],
    ],
  );
});
