import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { buildDictionaryPack } from '../../engine/dictionary-pack';
import { dictionaryWithTerms, PACK_KEY, unpackDictionary } from '../../engine/segmenter/dictionary';
import { parseHmmModel, unpackHmmModel } from '../../engine/segmenter/hmm';
import { dictionaryFile, hmmModelFile } from '../../engine/segmenter/jieba';
import { jiebaSegmenter } from '../../engine/segmenter/jieba-segmenter';
import { readPack, writePack } from '../../engine/segmenter/pack';
import { buildLexicon, unpackLexicon } from '../../engine/typo/lexicon';

// The bundle loads the dictionary, the typo lexicon and the HMM from a pack made at build time; a source
// checkout builds them from the text files. Both must be the same thing, array for array.
const trimmed = fs.readFileSync(dictionaryFile(assert.fail), 'utf8');
const hmmText = fs.readFileSync(hmmModelFile(), 'utf8');
const pack = readPack(buildDictionaryPack(trimmed, hmmText));
const built = dictionaryWithTerms(trimmed);

/** Plain data of an object graph: typed arrays as arrays, class instances by their fields, Sets sorted. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Set) return [...value].sort();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

test('the packed dictionary is the dictionary built from the text', () => {
  assert.equal(pack.key, PACK_KEY);
  const unpacked = unpackDictionary(pack);
  assert.ok(unpacked.words.size > 70_000, `${unpacked.words.size} words`);
  assert.deepEqual(plain(unpacked), plain(built));
});

test('the packed typo lexicon and HMM are the ones built from the text', () => {
  const unpacked = unpackDictionary(pack);
  assert.deepEqual(plain({ ...unpackLexicon(pack, unpacked.words), words: null }), plain({ ...buildLexicon(built), words: null }));
  assert.deepEqual(plain(unpackHmmModel(pack)), plain(parseHmmModel(hmmText)));
  const fromPack = jiebaSegmenter(unpacked, () => unpackHmmModel(pack));
  const fromText = jiebaSegmenter(built, () => parseHmmModel(hmmText));
  const sentence = '我局弛而不息纠治“四风”，COVID-19疫情防控常态化，2026年1—9月完成投资12.5亿元。';
  for (const hmm of [true, false]) assert.deepEqual(fromPack.cut(sentence, hmm), fromText.cut(sentence, hmm));
});

test('a damaged pack is refused, not read past its end', () => {
  const bytes = writePack({ key: 'k', numbers: new Float64Array([1, 2, 3]) });
  assert.deepEqual(Array.from(readPack(bytes).numbers as Float64Array), [1, 2, 3]);
  assert.throws(() => readPack(bytes.subarray(0, bytes.length - 8)), /词典文件已损坏（numbers）/);
  assert.throws(() => readPack(new Uint8Array([255, 255, 0, 0, 1, 2])));
});

test('strings (stored as UTF-16 code units) and numbers come back exactly', () => {
  const written = { empty: '', text: '弛而不息 12\n𠮷野家', count: -17.25, odd: new Uint8Array([1, 2, 3]), after: 'x' };
  const read = readPack(writePack(written));
  assert.deepEqual({ ...read, odd: Array.from(read.odd as Uint8Array) }, { ...written, odd: [1, 2, 3] });
  assert.throws(() => writePack({ text: 'a\uD800b' }), /lone surrogate/);
  // Copies by default (the language server); views of the file's bytes for the CLI (readPackAsViews).
  const bytes = writePack(written);
  assert.notEqual((readPack(bytes).odd as Uint8Array).buffer, bytes.buffer);
  assert.equal((readPack(bytes, false).odd as Uint8Array).buffer, bytes.buffer);
  assert.deepEqual(Array.from(readPack(bytes, false).odd as Uint8Array), [1, 2, 3]);
});
