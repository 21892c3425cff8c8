import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { applyEdits, check, fixAllEdits } from '../../engine';
import { decodeReport, Encoding, PlaceholderEditError } from '../../cli/encoding';

/** A generated file: text pieces (encoded by the test) and injected invalid byte runs, each known in advance. */
type Piece = { text: string } | { invalid: number[] };

const ENCODE: Record<Encoding, (text: string) => Buffer> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8-bom': (t) => Buffer.from(t, 'utf8'),
  gb18030: (t) => iconv.encode(t, 'gb18030'),
  'utf-16le': (t) => Buffer.from(t, 'utf16le'),
  'utf-16be': (t) => Buffer.from(t, 'utf16le').swap16(),
};
const BOM: Record<Encoding, number[]> = {
  'utf-8': [],
  gb18030: [],
  'utf-8-bom': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};
/** Byte runs that are invalid in each encoding whatever text surrounds them (text pieces start and end on whole characters). */
const INVALID: Record<Encoding, number[][]> = {
  'utf-8': [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], [0xe4, 0xb8], [0x80, 0x80], [0xf5, 0x80, 0x80, 0x80]],
  'utf-8-bom': [[0xfe], [0xed, 0xb0, 0x80], [0xf0, 0x9f, 0x98]],
  gb18030: [[0xff], [0x80], [0xfe, 0xff], [0x81, 0xff]],
  'utf-16le': [
    [0x00, 0xd8],
    [0x00, 0xdc],
    [0x3d, 0xd8],
  ],
  'utf-16be': [
    [0xd8, 0x00],
    [0xdc, 0x00],
    [0xdb, 0xff],
  ],
};
/** Odd-length UTF-16 and a sequence cut at the end of the file: only possible as the last piece. */
const TRAILING: Record<Encoding, number[]> = {
  'utf-8': [0xe4, 0xb8],
  'utf-8-bom': [0xf0],
  gb18030: [0x81],
  'utf-16le': [0x41],
  'utf-16be': [0x4e],
};

const WORDS = [
  '今年以来',
  ',',
  '我局',
  '弛而不息',
  '纠治“四风”',
  '。',
  '\n',
  '一.主要工作',
  '(一)学习',
  '"第一议题"',
  ';',
  '经研究',
  'GDP增长5%',
  '\uFFFD',
  '𠀋',
  '落实',
  '特此报告',
  '：',
  '2026年',
  ' ',
  '\r\n',
  '不忘初心',
];

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

function generate(encoding: Encoding, seed: number): Piece[] {
  const next = random(seed);
  const pieces: Piece[] = [];
  for (let p = 0; p < 6; p++) {
    let text = '';
    for (let w = 0; w < 5 + next() * 40; w++) text += WORDS[Math.floor(next() * WORDS.length)];
    pieces.push({ text });
    if (p < 5) pieces.push({ invalid: INVALID[encoding][Math.floor(next() * INVALID[encoding].length)] });
  }
  if (seed % 2) pieces.push({ invalid: TRAILING[encoding] });
  return pieces;
}

function bytesOf(encoding: Encoding, pieces: Piece[]): Buffer {
  return Buffer.concat([
    Buffer.from(BOM[encoding]),
    ...pieces.map((p) => ('text' in p ? ENCODE[encoding](p.text) : Buffer.from(p.invalid))),
  ]);
}

/** The oracle: where text offset `at` falls in the file, from the generated pieces alone. */
function byteOffset(encoding: Encoding, pieces: Piece[], at: number): number {
  let bytes = BOM[encoding].length;
  for (const p of pieces) {
    const length = 'text' in p ? p.text.length : 1;
    if (at <= length) {
      assert.ok('text' in p || at === 0 || at === 1, 'an offset inside an invalid run');
      return bytes + ('text' in p ? ENCODE[encoding](p.text.slice(0, at)).length : at * p.invalid.length);
    }
    at -= length;
    bytes += 'text' in p ? ENCODE[encoding](p.text).length : p.invalid.length;
  }
  throw new Error('offset past the end');
}

const ENCODINGS = Object.keys(ENCODE) as Encoding[];

test('property: in every encoding, with injected invalid bytes, decode then encode gives back the very same bytes', () => {
  for (const encoding of ENCODINGS) {
    for (let seed = 1; seed <= 60; seed++) {
      const pieces = generate(encoding, seed);
      const bytes = bytesOf(encoding, pieces);
      const decoded = decodeReport(bytes);
      assert.ok(decoded, `${encoding} seed ${seed}: read as text`);
      const where = `${encoding} seed ${seed}`;
      assert.equal(decoded.encoding, encoding, where);
      assert.equal(decoded.text, pieces.map((p) => ('text' in p ? p.text : '\uFFFD')).join(''), where);
      assert.equal(decoded.invalidRuns, pieces.filter((p) => 'invalid' in p).length, where);
      assert.ok(decoded.encode(decoded.text).equals(bytes), where);
    }
  }
});

test('property: after safe fixes, only the bytes of the edited spans differ, in every encoding', () => {
  let edited = 0;
  for (const encoding of ENCODINGS) {
    for (let seed = 1; seed <= 60; seed++) {
      const pieces = generate(encoding, seed);
      const bytes = bytesOf(encoding, pieces);
      const decoded = decodeReport(bytes)!;
      const { edits } = fixAllEdits(check(decoded.text, { referenceDate: '2026-11-23' }));
      const { text, applied } = applyEdits(decoded.text, edits);
      const expected: Buffer[] = [];
      let at = 0;
      for (const e of applied) {
        const start = byteOffset(encoding, pieces, e.offset);
        expected.push(bytes.subarray(at, start), ENCODE[encoding](e.newText));
        at = byteOffset(encoding, pieces, e.offset + e.length);
      }
      expected.push(bytes.subarray(at));
      assert.ok(decoded.encode(text).equals(Buffer.concat(expected)), `${encoding} seed ${seed}`);
      edited += applied.length;
    }
  }
  assert.ok(edited > 100, `the generated files exercise fixes (${edited} edits)`);
});

test('a UTF-8 report with a stray byte or CESU-8 halves stays UTF-8, never GB18030 mojibake', () => {
  const report = '关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n今年以来，我局驰而不息纠治“四风”。\n特此报告。\n';
  for (const bad of [[0xff], [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]]) {
    const bytes = Buffer.concat([Buffer.from(report.slice(0, 20)), Buffer.from(bad), Buffer.from(report.slice(20))]);
    const decoded = decodeReport(bytes)!;
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.text, `${report.slice(0, 20)}\uFFFD${report.slice(20)}`);
  }
});

test('detection: GBK text is GB18030, ASCII with one bad byte is UTF-8, NUL-filled data is not text', () => {
  const gbk = iconv.encode('关于报送项目清单的报告\n市委：\n今年以来，我局驰而不息纠治四风。\n', 'gbk');
  assert.equal(decodeReport(gbk)?.encoding, 'gb18030');
  const ascii = Buffer.concat([Buffer.from('Report 2026, section 1. '.repeat(20)), Buffer.from([0xe9]), Buffer.from(' done.\n')]);
  assert.equal(decodeReport(ascii)?.encoding, 'utf-8');
  assert.equal(decodeReport(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8])), undefined);
  assert.equal(decodeReport(Buffer.from([0x8f, 0xff, 0x9c, 0xd3, 0xfe, 0x81, 0xa0, 0xc3, 0x28, 0x92])), undefined);
});

test('an edit that adds or removes a placeholder is refused instead of guessing which bytes it meant', () => {
  const decoded = decodeReport(Buffer.concat([Buffer.from('今年以来工作'), Buffer.from([0xff]), Buffer.from('落实到位，成效明显')]))!;
  assert.throws(() => decoded.encode(decoded.text.replace('\uFFFD', '')), PlaceholderEditError);
  assert.throws(() => decoded.encode(`\uFFFD${decoded.text}`), PlaceholderEditError);
});
