import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const OUT = path.resolve(__dirname, '../..');

/** The packages a fresh process holds after requiring `modules` and running `then`. */
function loadedAfter(modules: string[], then = ''): string[] {
  const script = `${modules.map((m) => `require(${JSON.stringify(path.join(OUT, m))});`).join('')}${then}
    const names = Object.keys(require.cache).map((f) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean);
    console.log(JSON.stringify([...new Set(names)]));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as string[];
}

test('the engine and the server’s config quick fixes load neither zod nor yaml until a config is read', () => {
  const loaded = loadedAfter(['engine/index.js', 'server/src/suppress-actions.js']);
  assert.ok(!loaded.includes('yaml') && !loaded.includes('zod'), `loaded: ${loaded.join(', ')}`);
});

test('reading a YAML config loads both', () => {
  const loaded = loadedAfter(
    ['engine/index.js'],
    `require(${JSON.stringify(path.join(OUT, 'engine/index.js'))}).parseConfig('rules: {}', '.gongwen.yaml');`,
  );
  assert.ok(loaded.includes('yaml') && loaded.includes('zod'), `loaded: ${loaded.join(', ')}`);
});
