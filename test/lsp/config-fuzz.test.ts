import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { FUZZ_REPORT, fuzzConfigs } from '../helpers/config-fuzz';
import { TestClient } from './lsp-client';

const SEED = 4242;

test('fuzzed configs, one folder each: the server answers every document within its budget and reports each refused config', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lsp-fuzz-'));
  const configs = fuzzConfigs(SEED, 30);
  configs.forEach((config, i) => {
    fs.mkdirSync(path.join(root, `c${i}`));
    fs.writeFileSync(path.join(root, `c${i}`, config.name), config.text);
  });
  const client = new TestClient('stdio');
  client.settings = { referenceDate: '2026-11-23', enable: 'always' };
  try {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true } },
    });
    await client.connection.sendNotification('initialized', {});
    for (const [i, config] of configs.entries()) {
      const label = `c${i}: ${config.kind} (seed ${SEED})`;
      const configUri = pathToFileURL(path.join(root, `c${i}`, config.name)).toString();
      const uri = pathToFileURL(path.join(root, `c${i}`, 'r.txt')).toString();
      const problems = config.refused
        ? client.nextDiagnostics(
            configUri,
            () => undefined,
            (d) => d.length > 0,
            10_000,
          )
        : undefined;
      const d = await client.nextDiagnostics(
        uri,
        () => client.open(uri, FUZZ_REPORT),
        () => true,
        10_000,
      );
      assert.ok(
        d.some((x) => x.code === 'placeholder'),
        `${label}: built-in rules ran`,
      );
      if (problems)
        assert.ok(
          (await problems).every((p) => p.code === 'config' && p.message),
          label,
        );
    }
    assert.equal(client.process.exitCode, null, 'the server is alive');
  } finally {
    await client.shutdown();
  }
});
