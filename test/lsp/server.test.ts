import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const REPORT = [
  '关于2026年度作风建设情况的自查报告',
  '市纪委：',
  '按照要求，XX局认真开展自查，现将有关情况报告如下：',
  '一、基本情况',
  '组织干部深入学习贯彻党的十九大和十九届历次全会精神，执行各项规定规定。',
  '二、存在的问题',
  '学习不够深入。',
  '三、整改措施',
  '持续加强学习。',
  '特此报告。',
  '',
  '市财政局',
  '2026年11月20日',
].join('\n');
const LINES = REPORT.split('\n');
const lineOf = (needle: string) => LINES.findIndex((l) => l.includes(needle));

const codes = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code).sort();

for (const transport of ['stdio', 'ipc'] as const) {
  describe(`language server over ${transport}`, () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient(transport);
      client.settings = { enable: 'auto', referenceDate: '2026-11-23', rules: {} };
      const { capabilities } = await client.initialize();
      assert.equal(capabilities.textDocumentSync, 2); // incremental
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.gongwen'] });
    });
    after(() => client.shutdown());

    test('publishes diagnostics with rule codes and exact ranges on open', async () => {
      const uri = `file:///tmp/${transport}-open.txt`;
      const diagnostics = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      assert.deepEqual(codes(diagnostics), ['duplicate-word', 'outdated-phrasing', 'placeholder']);
      const outdated = diagnostics.find((d) => d.code === 'outdated-phrasing')!;
      assert.equal(outdated.source, 'gongwen');
      assert.equal(outdated.severity, 2);
      // The code links to the rule's section of the docs shipped with the extension (no repository is named).
      const href = new URL((outdated as { codeDescription?: { href: string } }).codeDescription!.href);
      assert.equal(href.protocol, 'file:');
      assert.equal(href.hash, '#outdated-phrasing');
      const docs = fs.readFileSync(href, 'utf8');
      assert.match(docs, /^### outdated-phrasing$/m, 'the anchor is a heading of the shipped rules.md');
      const row = lineOf('党的十九大');
      const start = LINES[row].indexOf('党的十九大');
      assert.deepEqual(outdated.range, {
        start: { line: row, character: start },
        end: { line: row, character: start + '党的十九大和十九届历次全会精神'.length },
      });
      const placeholder = diagnostics.find((d) => d.code === 'placeholder')!;
      assert.equal(placeholder.severity, 1);
      assert.deepEqual(placeholder.range.start, { line: lineOf('XX局'), character: LINES[lineOf('XX局')].indexOf('XX') });
    });

    test('incremental edits re-check after typing stops, with shifted positions', async () => {
      const uri = `file:///tmp/${transport}-edit.txt`;
      await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      // Type three characters at the start of line 3 in three quick changes, then remove the duplicate.
      const row = lineOf('党的十九大');
      const changes = ['一', '二', '三'].map((ch, i) => ({
        range: { start: { line: row, character: i }, end: { line: row, character: i } },
        text: ch,
      }));
      const diagnostics = await client.nextDiagnostics(uri, async () => {
        for (let i = 0; i < changes.length; i++) {
          await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: i + 2 },
            contentChanges: [changes[i]],
          });
        }
      });
      const outdated = diagnostics.find((d) => d.code === 'outdated-phrasing')!;
      assert.equal(outdated.range.start.character, LINES[row].indexOf('党的十九大') + 3);

      const line = '一二三' + LINES[row];
      const dup = line.indexOf('规定规定');
      const after = await client.nextDiagnostics(uri, () =>
        client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 5 },
          contentChanges: [{ range: { start: { line: row, character: dup }, end: { line: row, character: dup + 2 } }, text: '' }],
        }),
      );
      assert.deepEqual(codes(after), ['outdated-phrasing', 'placeholder']);
    });

    test('quick fixes come from the server and replace exactly the finding', async () => {
      const uri = `file:///tmp/${transport}-fix.txt`;
      const diagnostics = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      const outdated = diagnostics.find((d) => d.code === 'outdated-phrasing')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: outdated.range,
        context: { diagnostics: [outdated] },
      })) as {
        title: string;
        kind: string;
        edit: { changes: Record<string, { range: unknown; newText: string }[]> };
        diagnostics: unknown[];
      }[];
      assert.deepEqual(
        actions.map((a) => a.title),
        [
          '替换为“党的二十大和二十届历次全会精神”',
          '忽略此处（outdated-phrasing）',
          '在本工作区忽略“党的十九大和十九届历次全会精神”',
          '在本工作区关闭规则 outdated-phrasing',
        ],
      );
      const [action] = actions;
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, [outdated]);
      assert.deepEqual(action.edit.changes[uri], [{ range: outdated.range, newText: '党的二十大和二十届历次全会精神' }]);

      const none = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        context: { diagnostics: [] },
      });
      assert.deepEqual(none, []);
    });

    test('source.fixAll.gongwen returns one edit with every safe fix', async () => {
      const uri = `file:///tmp/${transport}-fixall.txt`;
      const text = REPORT.replace('学习不够深入。', '学习不够深入,监督\u0020手段"单一"。');
      await client.nextDiagnostics(uri, () => client.open(uri, text));
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      })) as { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.gongwen');
      assert.equal(actions[0].title, '修复所有安全问题（3 处）'); // the pair of straight quotes is one fix
      assert.deepEqual(
        actions[0].edit.changes[uri].map((e) => e.newText),
        ['，监督手段“单一”'],
      );
      const quick = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['quickfix'] },
      })) as unknown[];
      assert.ok(quick.every((a) => (a as { kind: string }).kind === 'quickfix'));
    });

    test('a grouped finding (many half-width commas) is one diagnostic whose quick fix changes them all', async () => {
      const uri = `file:///tmp/${transport}-grouped.txt`;
      const pasted = Array.from({ length: 15 }, (_, i) => `第${i + 1}项,已完成`).join('。');
      const text = REPORT.replace('持续加强学习。', `${pasted}。`);
      const diagnostics = await client.nextDiagnostics(uri, () => client.open(uri, text));
      const grouped = diagnostics.filter((d) => d.code === 'punctuation');
      assert.equal(grouped.length, 1);
      assert.match(grouped[0].message, /本文有 15 处半角逗号/);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: grouped[0].range,
        context: { diagnostics: grouped },
      })) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
      assert.equal(actions[0].title, '全部改为全角“，”（15 处）');
      assert.deepEqual(
        actions[0].edit.changes[uri].map((e) => e.newText),
        Array(15).fill('，'),
      );
      // on the 15th comma, far from the one diagnostic, the same grouped fix is offered
      const row = text.split('\n').findIndex((l) => l.includes('第15项,'));
      const character = text.split('\n')[row].indexOf('第15项,') + 4;
      const there = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: row, character }, end: { line: row, character } },
        context: { diagnostics: [] },
      })) as { title: string; edit: { changes: Record<string, unknown[]> } }[];
      assert.deepEqual(
        there.map((a) => a.title),
        ['全部改为全角“，”（15 处）'],
      );
      assert.equal(there[0].edit.changes[uri].length, 15);
      const all = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      })) as { title: string }[];
      assert.equal(all[0].title, '修复所有安全问题（15 处）');
    });

    test('settings: per-rule severity and off, reference date, enable modes', async () => {
      const uri = `file:///tmp/${transport}-settings.txt`;
      await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      const changeSettings = (settings: Record<string, unknown>) => () => {
        client.settings = settings;
        return client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      };

      let d = await client.nextDiagnostics(
        uri,
        changeSettings({ referenceDate: '2026-11-23', rules: { placeholder: 'off', 'duplicate-word': 'error' } }),
      );
      assert.deepEqual(codes(d), ['duplicate-word', 'outdated-phrasing']);
      assert.equal(d.find((x) => x.code === 'duplicate-word')!.severity, 1);

      // The setting always wins over the report's own 成文日期 (2026年11月20日), which is then in the future.
      d = await client.nextDiagnostics(uri, changeSettings({ referenceDate: '2021-12-30' }));
      assert.deepEqual(codes(d), ['document-date', 'duplicate-word', 'placeholder']);
      const unsigned = `${uri}.unsigned.txt`;
      d = await client.nextDiagnostics(unsigned, () => client.open(unsigned, REPORT.replace('2026年11月20日', '')));
      assert.ok(!codes(d).includes('outdated-phrasing'), codes(d).join());

      d = await client.nextDiagnostics(uri, changeSettings({ enable: 'never' }));
      assert.deepEqual(d, []);

      d = await client.nextDiagnostics(uri, changeSettings({ enable: 'auto', referenceDate: '2026-11-23' }));
      assert.equal(d.length, 3);
    });

    test('auto mode leaves non-report documents alone; always checks them', async () => {
      const uri = `file:///tmp/${transport}-readme.md`;
      const notes = '# Notes\n\nTODO: XXXX compare 规定规定 with the draft.\n';
      client.settings = { enable: 'auto' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.nextDiagnostics(uri, () => client.open(uri, notes, 'markdown')), []);
      client.settings = { enable: 'always' };
      const d = await client.nextDiagnostics(
        uri,
        () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }),
        (list) => list.length > 0,
      );
      assert.deepEqual(codes(d), ['duplicate-word', 'placeholder', 'punctuation', 'punctuation']);
    });

    test('an invalid setting is reported once and checking goes on with the default', async () => {
      const uri = `file:///tmp/${transport}-invalid.txt`;
      client.settings = { enable: 'sometimes', referenceDate: '2026-13-01', rules: { placeholder: 'loud' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const d = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      assert.equal(d.length, 3);
      const warnings = client.messages.filter((m) => m.type === 2).map((m) => m.message);
      assert.ok(
        warnings.some((m) => m.includes('gongwen.enable')),
        warnings.join('\n'),
      );
      assert.ok(warnings.some((m) => m.includes('gongwen.referenceDate')));
      assert.ok(warnings.some((m) => m.includes('placeholder')));
      const count = warnings.length;
      await client.nextDiagnostics(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
      assert.equal(client.messages.filter((m) => m.type === 2).length, count);
      client.settings = { referenceDate: '2026-11-23' };
    });

    test('closing a document clears its diagnostics', async () => {
      const uri = `file:///tmp/${transport}-close.txt`;
      await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
      const d = await client.nextDiagnostics(uri, () =>
        client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } }),
      );
      assert.deepEqual(d, []);
    });
  });
}

test('the test client fails at once, with the reason, when its server dies', async () => {
  const client = new TestClient();
  await client.initialize();
  const exited = new Promise((resolve) => client.process.on('exit', resolve));
  client.process.kill('SIGKILL');
  await exited;
  const started = Date.now();
  await assert.rejects(
    client.nextDiagnostics('file:///tmp/dead.txt', () => undefined),
    /the server exited \(code null, signal SIGKILL\)/,
  );
  assert.ok(Date.now() - started < 5000, 'not after the 15 s wait');
  await assert.rejects(client.shutdown(), /the server exited/);
});
