import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

// esbuild.mjs makes the production bundles pure ASCII with scripts/ascii-output.mjs; what is left to escape after
// esbuild is regular-expression literals. Each literal here must match exactly as before, with and without u.
const script = pathToFileURL(path.join(__dirname, '..', '..', '..', 'scripts', 'ascii-output.mjs')).href;

const LITERALS = [
  String.raw`/今年|本年度?/g`,
  String.raw`/[“"]?(十[一二三四五]五)[”"]?(?:规划)?/g`,
  String.raw`/[\p{Script=Han}\u3000-\u303f“”‘’—…·]/gu`,
  String.raw`/[〇零一二三四五六七八九]+$/`,
  String.raw`/\中\国/`,
  String.raw`/\\中/`,
  String.raw`/[𠮷-𠮹]+/u`,
  String.raw`/𠮷{2}/u`,
  String.raw`/𠮷/`,
  '/[^\u3000\\s]/u',
];
const SAMPLES = ['今年', '本年度', '“十四五”规划', '〇一二', '中国', '\\中', '𠮷𠮸𠮹', '𠮷𠮷', '𠮷', '\u3000', 'a', '“十五”期间'];

test('regex literals made ASCII match exactly as written', async () => {
  const { asciiOutput } = (await import(script)) as { asciiOutput(code: string): string };
  for (const literal of LITERALS) {
    const escaped = asciiOutput(literal);
    assert.ok(
      [...escaped].every((c) => c.charCodeAt(0) < 0x80),
      escaped,
    );
    const [before, after] = [literal, escaped].map((code) => new Function(`return ${code}`)() as RegExp);
    for (const sample of SAMPLES) {
      assert.deepEqual(sample.match(new RegExp(after)), sample.match(new RegExp(before)), `${literal} on ${sample}`);
    }
  }
  assert.equal(asciiOutput('a="\\u4E2D";/中/'), 'a="\\u4E2D";/\\u4E2D/', 'escapes already there stay');
});
