import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

test('every %key% of the manifest has an English and a Chinese text', () => {
  const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const texts = read(file);
    assert.deepEqual(
      keys.filter((k) => !texts[k]),
      [],
      file,
    );
  }
});

test('every runtime string of the client has a Chinese translation', () => {
  const bundle = read('l10n/bundle.l10n.zh-cn.json');
  const sources = fs
    .readdirSync(path.join(ROOT, 'client/src'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'client/src', f), 'utf8'))
    .join('\n');
  const strings = [...sources.matchAll(/l10n\.t\('([^']+)'/g)].map((m) => m[1]);
  assert.ok(strings.length > 10);
  assert.deepEqual(
    strings.filter((s) => !bundle[s]),
    [],
  );
});
