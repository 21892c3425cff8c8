import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, amounts, compare, decimal, format, parseChinese, percentOf } from '../../engine/numbers';

test('Chinese numerals are read, malformed ones are not', () => {
  const cases: [string, number | undefined][] = [
    ['十二', 12],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三万五千', 35000],
    ['两亿', 200000000],
    ['十万', 100000],
    ['一千二百万', 12000000],
    ['二十', 20],
    ['三', 3],
    ['两', 2],
    ['二〇二六', undefined],
    ['三四', undefined],
    ['十一百', undefined],
    ['百', undefined],
  ];
  for (const [text, value] of cases) assert.equal(parseChinese(text) === undefined ? undefined : Number(parseChinese(text)), value, text);
});

test('decimal arithmetic is exact', () => {
  assert.equal(format(add(decimal('0.1'), decimal('0.2'))), '0.3');
  assert.equal(compare(add(decimal('0.1'), decimal('0.2')), decimal('0.3')), 0);
  assert.equal(format(percentOf(decimal('15'), decimal('20'), 0)), '75');
  assert.equal(format(percentOf(decimal('1'), decimal('3'), 1)), '33.3');
  assert.equal(format(percentOf(decimal('2'), decimal('3'), 0)), '67');
  assert.equal(format(percentOf(decimal('1'), decimal('8'), 1)), '12.5');
});

test('amounts carry value, unit, places and rounding markers', () => {
  const read = (text: string) =>
    amounts(text).map((a) => [text.slice(a.offset, a.offset + a.length), format(a.value), a.unit, a.approximate, a.places]);
  assert.deepEqual(read('共检查单位12家，其中机关5家'), [
    ['12家', '12', '家', false, 0],
    ['5家', '5', '家', false, 0],
  ]);
  assert.deepEqual(read('投入1.2万元，增长12.5%'), [
    ['1.2万元', '12000', '元', false, 1],
    ['12.5%', '12.5', '%', false, 1],
  ]);
  assert.deepEqual(read('3亿元'), [['3亿元', '300000000', '元', false, 0]]);
  assert.deepEqual(read('约200人，一百零五个，两个'), [
    ['约200人', '200', '人', true, 0],
    ['一百零五个', '105', '个', false, 0],
    ['两个', '2', '个', false, 0],
  ]);
  assert.deepEqual(read('近300家、500余人、20个左右'), [
    ['近300家', '300', '家', true, 0],
    ['500余人', '500', '人', true, 0],
    ['20个左右', '20', '个', true, 0],
  ]);
  assert.deepEqual(read('提高2个百分点'), [['2个百分点', '2', '百分点', false, 0]]);
  // ordinals, bare numerals, years and 三四个 are not amounts
  assert.deepEqual(read('第三个、一是、2026年、三四个月'), []);
});
