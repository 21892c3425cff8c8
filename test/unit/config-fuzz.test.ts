import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { check } from '../../engine';
import { loadConfigFile } from '../../workspace/config-files';
import { FUZZ_REPORT, fuzzConfigs } from '../helpers/config-fuzz';

const SEED = 20261129;
/** A hang guard, not a timing: each config must be read and used well within it. */
const BUDGET_MS = 5000;

test('fuzzed configs: read through the workspace path and used by the engine, never a throw or a hang', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fuzz-'));
  const kinds = new Map<string, number>();
  for (const [i, config] of fuzzConfigs(SEED, 200).entries()) {
    const file = path.join(dir, `${i}${config.name}`);
    fs.writeFileSync(file, config.text);
    const label = `#${i} ${config.kind} (seed ${SEED})`;
    const started = Date.now();
    const loaded = loadConfigFile(file);
    if (config.refused) assert.ok(loaded.problems.length > 0, `${label}: expected a problem`);
    for (const p of loaded.problems)
      assert.ok(typeof p.message === 'string' && p.message && Number.isInteger(p.line) && p.line >= 0, label);
    assert.ok(loaded.problems.length <= 101, `${label}: ${loaded.problems.length} problems`);
    if (Object.keys(loaded.config.pack).length) {
      const rules = check(FUZZ_REPORT, { pack: loaded.config.pack, rules: loaded.config.rules, referenceDate: '2026-11-23' }).map(
        (f) => f.rule,
      );
      assert.ok(rules.includes('placeholder'), `${label}: built-in rules keep working`);
    }
    assert.ok(Date.now() - started < BUDGET_MS, `${label} took ${Date.now() - started} ms`);
    kinds.set(config.kind.replace(/\d+.*$/, ''), (kinds.get(config.kind.replace(/\d+.*$/, '')) ?? 0) + 1);
  }
  assert.ok(kinds.size >= 9, [...kinds.keys()].join());
});
