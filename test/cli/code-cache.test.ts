import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

// bin/gongwen.js loads the CLI bundle through dist/code-cache.js (workspace/code-cache.ts). Here it loads small
// bundles of the test's own in fresh processes, with the cache folder and the temp folder inside a temp dir.
const loader = path.join(__dirname, '..', '..', '..', 'dist', 'code-cache.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-code-cache-'));
const cacheHome = path.join(root, 'cache');
const cacheDir = path.join(cacheHome, 'gongwen');
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

/** Loads `bundle` in a new process and returns what its `run()` export gives. */
function load(bundle: string, env: Record<string, string> = {}): string {
  const script = `process.stdout.write(require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}).run())`;
  return execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, TMPDIR: path.join(root, 'tmp'), GONGWEN_CODE_CACHE: '', ...env },
  });
}

/** A CommonJS bundle whose run() uses require, __filename and its own code (one Chinese string: read as UTF-8). */
function writeBundle(name: string, word: string): string {
  const file = path.join(root, name);
  fs.writeFileSync(
    file,
    `'use strict';\nconst path = require('node:path');\n` +
      `exports.run = () => [${JSON.stringify(word)}, path.basename(__filename), this === module.exports, typeof require.resolve].join(' ');\n`,
  );
  return file;
}

const caches = () => fs.readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'));

test('the first run writes a cache only this user can read; the next runs use it as it is', () => {
  const bundle = writeBundle('cli.js', '公文');
  assert.equal(load(bundle), '公文 cli.js true function');
  const [cache] = caches();
  assert.match(cache, new RegExp(`^cli\\.[0-9a-f]+-${fs.statSync(bundle).size}-[0-9a-f]+-${process.version}-${process.arch}\\.v8cache$`));
  const stat = fs.statSync(path.join(cacheDir, cache));
  assert.equal(stat.mode & 0o077, 0, 'no access for group or others');
  assert.equal(fs.statSync(cacheDir).mode & 0o077, 0);
  assert.equal(load(bundle), '公文 cli.js true function');
  assert.equal(fs.statSync(path.join(cacheDir, cache)).mtimeMs, stat.mtimeMs, 'accepted, not written again');
});

test('a bundle of the same length but other content gets its own cache, and the old one goes', () => {
  const bundle = writeBundle('cli.js', '报告');
  const before = caches();
  assert.equal(load(bundle), '报告 cli.js true function');
  const after = caches();
  assert.equal(after.length, 1);
  assert.notDeepEqual(after, before, 'named by the content, not by the size alone');
  // The same bundle installed in another folder keeps a cache of its own beside it.
  fs.mkdirSync(path.join(root, 'other-install'));
  const elsewhere = path.join(root, 'other-install', 'cli.js');
  fs.copyFileSync(bundle, elsewhere);
  assert.equal(load(elsewhere), '报告 cli.js true function');
  assert.equal(caches().length, 2);
  assert.equal(load(bundle), '报告 cli.js true function');
  assert.equal(caches().length, 2, 'neither replaced the other');
});

test('a damaged or foreign cache is not used: the bundle still runs and the cache is made again', () => {
  for (const name of caches()) fs.rmSync(path.join(cacheDir, name));
  const bundle = writeBundle('cli.js', '整改');
  load(bundle);
  const file = path.join(cacheDir, caches()[0]);
  const damaged = Buffer.alloc(fs.statSync(file).size, 7);
  fs.writeFileSync(file, damaged);
  assert.equal(load(bundle), '整改 cli.js true function');
  assert.notDeepEqual(fs.readFileSync(file), damaged, 'V8 refused the damaged one and a new one replaced it');
  const remade = fs.statSync(file).mtimeMs;
  load(bundle);
  assert.equal(fs.statSync(file).mtimeMs, remade, 'the new one is accepted');
  // A link in the cache's place is neither followed nor written through.
  const elsewhere = path.join(root, 'elsewhere.bin');
  fs.writeFileSync(elsewhere, 'not a cache');
  fs.rmSync(file);
  fs.symlinkSync(elsewhere, file);
  assert.equal(load(bundle), '整改 cli.js true function');
  assert.equal(fs.readFileSync(elsewhere, 'utf8'), 'not a cache');
  assert.ok(fs.lstatSync(file).isFile());
});

test('GONGWEN_CODE_CACHE=0 compiles without one; a cache folder others can write is not used', () => {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const bundle = writeBundle('other.js', '自查');
  assert.equal(load(bundle, { GONGWEN_CODE_CACHE: '0' }), '自查 other.js true function');
  assert.ok(!fs.existsSync(cacheDir) || caches().length === 0);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.chmodSync(cacheDir, 0o777);
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  assert.equal(load(bundle), '自查 other.js true function');
  assert.deepEqual(caches(), [], 'the shared folder stays empty');
  const own = path.join(root, 'tmp', `gongwen-${process.getuid?.()}`);
  assert.ok(
    fs.readdirSync(own).some((name) => name.startsWith('other.') && name.endsWith('.v8cache')),
    'the private folder in the temp folder is used instead',
  );
});
