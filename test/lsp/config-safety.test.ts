import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const REPORT = '经XXXX研究，执行各项规定规定。\n';
const posix = process.platform !== 'win32';

describe('hostile workspace configs over LSP: one diagnostic on the config, built-in rules keep working', () => {
  let client: TestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-hostile-ws-'));
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23', enable: 'always' };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true } },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.shutdown());

  /** Puts a config made by `make` into its own folder, opens a report there; returns both diagnostics lists. */
  async function openWith(folder: string, configName: string, make: (file: string) => void) {
    fs.mkdirSync(path.join(dir, folder));
    make(path.join(dir, folder, configName));
    const configUri = uriOf(`${folder}/${configName}`);
    const reportUri = uriOf(`${folder}/r.txt`);
    const configDiagnostics = client.nextDiagnostics(
      configUri,
      () => undefined,
      (d) => d.length > 0,
      10_000,
    );
    const report = await client.nextDiagnostics(
      reportUri,
      () => client.open(reportUri, REPORT),
      () => true,
      10_000,
    );
    return { report: report.map((d) => d.code).sort(), config: await configDiagnostics };
  }

  test('a YAML alias bomb', async () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const { report, config } = await openWith('bomb', '.gongwen.yaml', (f) => fs.writeFileSync(f, bomb));
    assert.deepEqual(report, ['duplicate-word', 'placeholder']);
    assert.equal(config.length, 1);
    assert.match(config[0].message, /^YAML 别名（\*）展开过多/);
  });

  test('JSON nested 5,000 deep', async () => {
    const { report, config } = await openWith('deep', '.gongwen.json', (f) =>
      fs.writeFileSync(f, '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)),
    );
    assert.deepEqual(report, ['duplicate-word', 'placeholder']);
    assert.deepEqual(
      config.map((d) => d.message.split('（')[0]),
      ['配置文件嵌套超过 32 层，未读取。'],
    );
  });

  test('a config that is a symlink to /dev/zero or a FIFO', { skip: !posix && 'POSIX only' }, async () => {
    const zero = await openWith('zero', '.gongwen.json', (f) => fs.symlinkSync('/dev/zero', f));
    assert.deepEqual(zero.report, ['duplicate-word', 'placeholder']);
    assert.match(zero.config[0].message, /^配置文件指向设备文件，不是普通文件，未读取。/);
    const fifo = await openWith('fifo', '.gongwen.json', (f) => execFileSync('mkfifo', [f]));
    assert.deepEqual(fifo.report, ['duplicate-word', 'placeholder']);
    assert.match(fifo.config[0].message, /^配置文件是一个管道（FIFO），不是普通文件，未读取。/);
  });

  test('a ReDoS pattern in a pack does not hang the server on a long document', async () => {
    fs.mkdirSync(path.join(dir, 'redos'));
    fs.writeFileSync(
      path.join(dir, 'redos/.gongwen.json'),
      JSON.stringify({
        outdatedPhrasing: [{ id: 'redos', pattern: '(a+)+$', new: '新', since: '2020-01-01', reason: 'r', source: 's' }],
      }),
    );
    const uri = uriOf('redos/long.txt');
    const started = Date.now();
    const d = await client.nextDiagnostics(
      uri,
      () => client.open(uri, `${REPORT}${'a'.repeat(100_000)}!\n`),
      () => true,
      10_000,
    );
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(d.map((x) => x.code).sort(), ['duplicate-word', 'placeholder']);
  });

  test('a pack fix that only claims to be safe: a warning on the config, and fix-all leaves it out', async () => {
    const { report, config } = await openWith('claims', '.gongwen.json', (f) =>
      fs.writeFileSync(
        f,
        JSON.stringify({
          misusedWords: [{ id: 'flip', wrong: '不存在', right: '存在', safe: true, anywhere: true, reason: 'r', source: 's' }],
        }),
      ),
    );
    assert.deepEqual(report, ['duplicate-word', 'placeholder']);
    assert.equal(config.length, 1);
    assert.equal(config[0].severity, 2, 'a warning: the entry is still used');
    assert.match(config[0].message, /“不存在”→“存在”不能标为安全修复/);
    const uri = uriOf('claims/flip.txt');
    const text = '目前不存在问题,工作正常。\n';
    const d = await client.nextDiagnostics(uri, () => client.open(uri, text));
    assert.deepEqual(d.map((x) => x.code).sort(), ['misused-word', 'punctuation']);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as { edit: { changes: Record<string, { newText: string }[]> } }[];
    const edits = actions.flatMap((a) => a.edit.changes[uri]);
    assert.ok(
      edits.some((e) => e.newText.includes('，')),
      'the safe punctuation fix is there',
    );
    assert.ok(
      edits.every((e) => !e.newText.includes('目前存在')),
      JSON.stringify(edits),
    );
  });

  test('the server is still alive and answering afterwards', async () => {
    const uri = uriOf('alive.txt');
    const d = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    assert.deepEqual(d.map((x) => x.code).sort(), ['duplicate-word', 'placeholder']);
    assert.equal(client.process.exitCode, null);
  });
});
