import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { generatedFiles } from '../../scripts/generated-files';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

test('every generated file is up to date with the rule list and the data (else: npm run generate)', () => {
  for (const file of generatedFiles(read)) {
    assert.ok(read(file.path) === file.content, `${file.path} is stale: run npm run generate`);
  }
});

test('the generator keeps the hand-written parts of docs/rules.md and fails without its markers', () => {
  const doc = read('docs/rules.md');
  const edited = doc.replace('<!-- generated:rules -->', '手写的段落\n<!-- generated:rules -->');
  const again = generatedFiles((f) => (f === 'docs/rules.md' ? edited : read(f))).find((f) => f.path === 'docs/rules.md')!;
  assert.ok(again.content.includes('手写的段落\n<!-- generated:rules -->'));
  assert.throws(() => generatedFiles((f) => (f === 'docs/rules.md' ? '# 规则\n' : read(f))), /markers/);
});
