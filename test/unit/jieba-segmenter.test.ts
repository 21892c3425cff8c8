import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { jiebaSegmenter } from '../../engine/segmenter/jieba-segmenter';
import { readHmmModel, sharedDictionary } from '../../engine/segmenter/dictionary-text';
import { loadJieba } from '../../engine/segmenter/jieba';

// The default segmenter is jieba's cut re-done in JavaScript; nodejieba itself is the reference it must equal,
// piece for piece, with and without the HMM, on every text the tests own and on strings made to be awkward.
const ROOT = path.resolve(__dirname, '../../..');
const ours = jiebaSegmenter(sharedDictionary(), readHmmModel);
const native = loadJieba((m) => assert.fail(m));

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(p) : /\.(txt|md|json)$/.test(e.name) ? [p] : [];
  });
}

function differences(lines: Iterable<string>): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const hmm of [true, false]) {
      const a = ours.cut(line, hmm);
      const b = native.cut(line, hmm);
      if (a.join('|') !== b.join('|'))
        found.push(`${hmm ? 'hmm' : 'no hmm'} ${JSON.stringify(line)}\n ours   ${a.join('|')}\n native ${b.join('|')}`);
    }
  }
  return found;
}

test('cuts every line of the corpora, fixtures and samples as nodejieba does', () => {
  const files = ['test/corpus', 'test/fixtures', 'samples'].flatMap((d) => textFiles(path.join(ROOT, d)));
  const lines = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean));
  assert.ok(lines.length > 5000, `${lines.length} lines`);
  assert.deepEqual(differences(lines).slice(0, 5), []);
});

test('cuts awkward strings as nodejieba does: ASCII words and numbers, separators, astral characters, unknown runs', () => {
  const pool = [...'的一是了不人在有这个上们来到时大地为子中说生国年着就那和要出也得里后自以会家可下而过天能对小多然于心学之都好'];
  pool.push(...'abcXYZ019.5-_ \t，。、“”：（）😀𠀀𪚥睢翀'.split(/(?:)/u), '２０２６', 'ＡＢ');
  let seed = 20261207;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const strings = Array.from({ length: 4000 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 30) }, () => pool[Math.floor(random() * pool.length)]).join(''),
  );
  strings.push('', ' ', '，', 'COVID-19疫情防控', '2026年1—9月', 'v1.2.3版本', '弛而不息地推进', '我局弛而不息');
  assert.deepEqual(differences(strings).slice(0, 5), []);
});
