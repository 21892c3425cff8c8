import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, check, checkExamples } from '../../engine';
import { FORMULATIONS, formulationAt, formulationSeverity } from '../../engine/formulations/data';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('formulation', {
  valid: [
    // the right verbs, and the acceptable variants central texts use
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    '树牢“四个意识”，牢固树立政治意识、大局意识、核心意识、看齐意识。',
    '完整准确全面贯彻新发展理念，严格执行中央八项规定及实施细则精神。',
    '深刻认识“两个确立”的决定性意义。',
    // a quoted document title and a sentence about the wording itself
    '学习《关于履行“一岗两责”的若干规定》。',
    '“一岗两责”的写法不规范，应为“一岗双责”。',
    // a selection of items that does not follow the name is not a list with a missing item
    '持续纠治“四风”，重点纠治形式主义、官僚主义。',
    // a subset in another order, without the name: another sentence, not the formulation
    '推进民主、法治、文明建设。',
    '严明政治纪律、组织纪律、财经纪律、工作纪律。',
  ],
  invalid: [
    {
      text: '全体党员干部坚定“四个意识”。',
      findings: [
        { text: '坚定“四个意识”', severity: 'error', safe: false, range: [0, 6, 0, 14], message: /“坚定‘四个意识’”应为“增强‘四个意识’”/ },
      ],
      output: '全体党员干部增强“四个意识”。',
    },
    // without quotes the fix is written without them too
    { text: '引导干部树立四个自信。', findings: [{ text: '树立四个自信' }], output: '引导干部坚定四个自信。' },
    // inside a quotation the label has single quotes, and so has the fix
    {
      text: '会议要求“全体党员要坚定‘四个意识’”。',
      findings: [{ text: '坚定‘四个意识’' }],
      output: '会议要求“全体党员要增强‘四个意识’”。',
    },
    // the longest wrong form wins (牢固树立, not 树立 inside it)
    { text: '牢固树立“四个自信”。', findings: [{ text: '牢固树立“四个自信”' }], output: '坚定“四个自信”。' },
    {
      text: '在以习近平总书记为核心的党中央坚强领导下。',
      findings: [{ text: '以习近平总书记为核心的党中央', severity: 'warning' }],
      output: '在以习近平同志为核心的党中央坚强领导下。',
    },
    { text: '认真履行“一岗两责”。', findings: [{ text: '一岗两责', severity: 'warning' }], output: '认真履行“一岗双责”。' },
    // wrong order where order matters: the canonical list
    {
      text: '牢固树立政治意识、大局意识、看齐意识、核心意识。',
      findings: [
        {
          text: '政治意识、大局意识、看齐意识、核心意识',
          severity: 'error',
          message: /顺序不对，应为：政治意识、大局意识、核心意识、看齐意识/,
        },
      ],
      output: '牢固树立政治意识、大局意识、核心意识、看齐意识。',
    },
    // a missing item when the list follows the name, and a misspelt item inside a list
    {
      text: '贯彻创新、协调、绿色、共享的新发展理念。',
      findings: [{ text: '创新、协调、绿色、共享', message: /缺少“开放”/ }],
      output: '贯彻创新、协调、绿色、开放、共享的新发展理念。',
    },
    {
      text: '反对形式主义、官僚主义、享乐主义和奢靡主义。',
      findings: [{ text: '奢靡主义', message: /应为“奢靡之风”/ }],
      output: '反对形式主义、官僚主义、享乐主义和奢靡之风。',
    },
    {
      text: '增强政治意识、大局意识、核心意识、看齐艺识。',
      findings: [{ text: '看齐艺识' }],
      output: '增强政治意识、大局意识、核心意识、看齐意识。',
    },
    // a hint only where the entry is less sure
    {
      text: '严格落实中央“八项规定”精神。',
      findings: [{ text: '中央“八项规定”', severity: 'info' }],
      output: '严格落实中央八项规定精神。',
    },
  ],
});

// Every entry's own examples: each wrong form's sentence is found and fixed to the right form, each bad example
// is found, each good example and every acceptable variant stays quiet, each typed prefix completes.
// checkExamples runs every list's examples: run it once per segmenter, not once per entry.
const exampleResults = new Map<(typeof segmenters)[number], ReturnType<typeof checkExamples>>();
const formulationResults = (segmenter: (typeof segmenters)[number]) => {
  if (!exampleResults.has(segmenter))
    exampleResults.set(
      segmenter,
      checkExamples(undefined, segmenter).filter((r) => r.list === 'formulations'),
    );
  return exampleResults.get(segmenter)!;
};
for (const entry of FORMULATIONS) {
  test(`formulations data: ${entry.id} (${entry.name})`, () => {
    for (const segmenter of segmenters) {
      const results = formulationResults(segmenter).filter((r) => r.id === entry.id);
      assert.ok(results.length, `${entry.id}: no examples`);
      assert.deepEqual(
        results.filter((r) => r.problem).map((r) => `${r.example}：${r.problem}`),
        [],
        segmenter.name,
      );
    }
  });
}

test('formulations data: error only for a confirmed entry with a closed item list', () => {
  for (const entry of FORMULATIONS) {
    const severity = formulationSeverity(entry);
    if (severity === 'error') assert.ok(entry.confidence === 'confirmed' && entry.items?.length, entry.id);
    if (entry.confidence === 'likely') assert.equal(severity, 'info', entry.id);
  }
});

test('formulations data: every entry that checks something has a must-fire example, and ids are unique', () => {
  assert.equal(new Set(FORMULATIONS.map((e) => e.id)).size, FORMULATIONS.length);
  for (const e of FORMULATIONS) {
    if (e.items?.length) assert.ok(e.examples.bad?.length || e.errors?.length, `${e.id}: no bad example`);
    for (const error of e.errors ?? [])
      assert.ok(error.example.includes(error.wrong) || error.example.includes(error.wrong.replace(/[“”]/g, '')), `${e.id}: ${error.wrong}`);
  }
});

test('formulationAt: the longest recognised formulation under the offset, correct or not', () => {
  const text = '党组增强“四个意识”，班子成员履行“一岗两责”，锲而不舍落实中央八项规定及其实施细则精神。';
  assert.equal(formulationAt(text, text.indexOf('四个意识') + 1)?.entry.id, 'si-ge-yishi');
  assert.equal(formulationAt(text, text.indexOf('一岗两责') + 2)?.entry.id, 'yi-gang-shuang-ze');
  const hit = formulationAt(text, text.indexOf('实施细则'))!;
  assert.equal(hit.entry.id, 'baxiang-shishi-xize');
  assert.equal(text.slice(hit.offset, hit.offset + hit.length), '中央八项规定及其实施细则精神');
  assert.equal(formulationAt(text, text.indexOf('党组') + 1), undefined);
  // the items written out are that formulation too
  const list = '牢固树立政治意识、大局意识、核心意识、看齐意识。';
  assert.equal(formulationAt(list, list.indexOf('核心意识'))?.entry.id, 'si-ge-yishi');
});

// A realistic report written for this test with fourteen planted formulation errors, and its corrected version.
const DIR = path.resolve(__dirname, '../../../test/fixtures/reports');
const read = (name: string) => fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');

test('formulations report: every planted error is found, in order, under both segmenters, and its fix gives the corrected report', () => {
  for (const segmenter of segmenters) {
    const draft = read('formulations');
    const found = check(draft, { referenceDate: REFERENCE_DATE, segmenter }).filter((f) => f.rule === 'formulation');
    assert.deepEqual(
      found.map((f) => f.text),
      [
        '以习近平总书记为核心的党中央',
        '“两个确立”的重大意义',
        '坚定“四个意识”',
        '树立“四个自信”',
        '政治判断力、政治执行力、政治领悟力',
        '创新、协调、开放、绿色、共享',
        '协调推进“五位一体”',
        '一岗两责',
        '集体领导、个别酝酿、民主集中、会议决定',
        '不敢腐、不想腐、不能腐',
        '严以律已',
        '自我革断',
        '稳中求进总基调',
        '筑牢中华民族共同体意识',
      ],
      segmenter.name,
    );
    assert.ok(found.every((f) => f.category === 'political'));
    assert.equal(
      applyEdits(
        draft,
        found.map((f) => f.fixes[0].edits[0]),
      ).text,
      read('formulations-corrected'),
    );
  }
});

test('formulations report: the corrected version raises nothing at all', () => {
  assert.deepEqual(
    check(read('formulations-corrected'), { referenceDate: REFERENCE_DATE }).map((f) => `${f.rule}:${f.text}`),
    [],
  );
});
