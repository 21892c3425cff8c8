import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
let grammar: IGrammar;
let injection: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      const file =
        scope === 'text.gongwen'
          ? 'gongwen.tmLanguage.json'
          : scope === 'markdown.gongwen.injection'
            ? 'gongwen-markdown.injection.json'
            : undefined;
      return file ? JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', file), 'utf8')) : null;
    },
  });
  grammar = (await registry.loadGrammar('text.gongwen'))!;
  injection = (await registry.loadGrammar('markdown.gongwen.injection'))!;
});

/** The scopes of the first token that covers `piece` in `line`. */
function scopesOf(g: IGrammar, line: string, piece: string): string[] {
  const at = line.indexOf(piece);
  const { tokens } = g.tokenizeLine(line, INITIAL);
  return tokens.find((t) => t.startIndex <= at && t.endIndex > at)!.scopes;
}

test('headings of the four levels get their own scopes', () => {
  assert.ok(scopesOf(grammar, '一、基本情况', '基本情况').includes('markup.heading.1.gongwen'));
  assert.ok(scopesOf(grammar, '　　（二）存在问题。正文', '存在问题').includes('markup.heading.2.gongwen'));
  assert.ok(scopesOf(grammar, '1.加强学习', '加强学习').includes('markup.heading.3.gongwen'));
  assert.ok(scopesOf(grammar, '（3）专题研讨', '（3）').includes('punctuation.definition.heading.gongwen'));
  assert.ok(!scopesOf(grammar, '1.5亿元', '亿元').some((s) => s.startsWith('markup.heading')));
});

test('主送机关, 结束语, dates, 《》 titles, quoted terms and placeholders', () => {
  assert.ok(scopesOf(grammar, '市纪委：', '市纪委').includes('entity.name.type.addressee.gongwen'));
  assert.ok(scopesOf(grammar, '特此报告。', '特此报告').includes('keyword.other.closing.gongwen'));
  assert.ok(scopesOf(grammar, '成文于2026年11月23日', '2026年').includes('constant.numeric.date.gongwen'));
  assert.ok(scopesOf(grammar, '学习《中国共产党纪律处分条例》', '纪律').includes('string.quoted.other.title.gongwen'));
  assert.ok(scopesOf(grammar, '坚定“四个自信”', '四个').includes('string.quoted.double.gongwen'));
  assert.ok(scopesOf(grammar, '经XXXX研究', 'XXXX').includes('invalid.illegal.placeholder.gongwen'));
  assert.ok(scopesOf(grammar, '学习。一是读原文', '一是').includes('keyword.other.enumeration.gongwen'));
});

test('the Markdown injection marks heading numbers and placeholders', () => {
  assert.ok(scopesOf(injection, '## 一、基本情况', '一、').includes('punctuation.definition.heading.gongwen'));
  assert.ok(scopesOf(injection, '经XXXX研究', 'XXXX').includes('invalid.illegal.placeholder.gongwen'));
});
