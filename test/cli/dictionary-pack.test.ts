import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const BIN = path.resolve(__dirname, '../../../bin/gongwen.js');
const RECORD = path.resolve(__dirname, '../helpers/record-reads.js');

test('the bundle loads the dictionary pack built beside it, not the dictionary text', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pack-'));
  const log = path.join(dir, 'reads.log');
  fs.writeFileSync(path.join(dir, 'r.txt'), '要不折不叩抓落实，执行各项规定规定。\n');
  const run = spawnSync(process.execPath, ['-r', RECORD, BIN, 'check', 'r.txt', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_READS_LOG: log, GONGWEN_SEGMENTER: '' },
  });
  assert.equal(run.stderr, '');
  const found = (JSON.parse(run.stdout) as { rule: string; text: string }[]).map((f) => `${f.rule} ${f.text}`);
  assert.ok(found.includes('typo 不折不叩'), found.join('\n')); // the typo lexicon came from the pack
  assert.ok(found.includes('duplicate-word 规定规定'), found.join('\n')); // and the segmenter's dictionary
  const reads = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .map((f) => path.basename(f));
  assert.ok(reads.includes('gongwen.pack'), reads.join(' '));
  assert.deepEqual(
    reads.filter((f) => f.endsWith('.utf8')),
    [],
  );
});
