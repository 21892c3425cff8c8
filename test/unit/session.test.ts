import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, describeReport, openReport } from '../../engine';

const REPORT =
  '关于2026年工作情况的报告\n\n一、基本情况\n今年以来，我局深入学习贯彻党的十九届六中全会精神,扎实推进各项工作。\n二、存在问题\n学习不够深入。\n\n某某局\n2026年11月20日\n';
const OPTIONS = { referenceDate: '2026-11-23' };

describe('openReport: one parse per document version', () => {
  test('findings, summary and structure come from the one model and equal the one-shot functions', () => {
    const session = openReport(REPORT, OPTIONS);
    assert.deepEqual(session.checked().findings, check(REPORT, OPTIONS));
    assert.equal(session.summary().model, session.model);
    assert.equal(session.structure(), session.model.structure());
    const { model: _model, ...summary } = session.summary();
    const { model: _other, ...oneShot } = describeReport(REPORT, OPTIONS);
    assert.deepEqual(summary, oneShot);
  });

  test('each view is computed once and kept', () => {
    const session = openReport(REPORT, OPTIONS);
    assert.equal(session.checked(), session.checked());
    assert.equal(session.summary(), session.summary());
    assert.ok(session.checked().findings.some((f) => f.rule === 'outdated-phrasing'));
  });

  test('a bad reference date is refused when the session opens, as check() refuses it', () => {
    assert.throws(() => openReport(REPORT, { referenceDate: '2026-13-01' }), RangeError);
    assert.throws(() => check(REPORT, { referenceDate: '2026-13-01' }), RangeError);
  });
});
