import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { FUZZ_REPORT, fuzzConfigs } from '../helpers/config-fuzz';

const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');
const SEED = 77;

test('fuzzed configs, one folder each: the CLI answers within its budget, reports each refused config, checks every file', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-fuzz-'));
  const configs = fuzzConfigs(SEED, 40);
  configs.forEach((config, i) => {
    fs.mkdirSync(path.join(root, `c${i}`));
    fs.writeFileSync(path.join(root, `c${i}`, config.name), config.text);
    fs.writeFileSync(path.join(root, `c${i}`, 'r.txt'), FUZZ_REPORT);
  });
  const run = spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json', '--reference-date', '2026-11-23'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, `the CLI did not answer in time: ${run.error}`);
  assert.equal(run.status, 2, run.stderr.slice(0, 2000));
  assert.doesNotMatch(run.stderr, /^\s+at |TypeError|RangeError|ReferenceError/m, 'no stack trace');
  const checked = new Set(
    JSON.parse(run.stdout)
      .filter((f: { rule: string }) => f.rule === 'placeholder')
      .map((f: { file: string }) => f.file),
  );
  configs.forEach((config, i) => {
    const label = `c${i}: ${config.kind} (seed ${SEED})`;
    assert.ok(checked.has(path.join(`c${i}`, 'r.txt')), `${label}: built-in rules ran`);
    if (config.refused) assert.ok(run.stderr.includes(path.join(root, `c${i}`, config.name)), `${label}: its problem is reported`);
  });
});
