import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TestClient } from './lsp-client';

const REPORT = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/review/all-categories.txt'), 'utf8');

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number } };
}
interface ReviewCategory {
  id: string;
  name: string;
  count: number;
  safe: number;
  severity: string;
  parts: { label: string; findings: { rule: string }[] }[];
}
interface Review {
  checked: boolean;
  categories: ReviewCategory[];
  referenceDate: { date: string } | null;
  dataVersion: string;
}

describe('审校 features over LSP', () => {
  let client: TestClient;
  const uri = 'file:///tmp/review-report.txt';

  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    const { capabilities } = await client.initialize();
    assert.equal(capabilities.hoverProvider, true);
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
  });
  after(() => client.shutdown());

  const lineOf = (needle: string) => {
    const lines = REPORT.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + 1 };
  };

  test('hover on a finding says what, why, the source and date of its entry, the fix and the rule docs', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: lineOf('十九届历次'),
    })) as Hover;
    const text = hover.contents.value;
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(text, /^\*\*警告 · 过时提法\*\* — 已有更新的会议精神/);
    assert.match(text, /\*\*为什么：\*\* 已更名的机构、已修订的文件/);
    assert.match(text, /\*\*依据：\*\* 二十大闭幕（2022-10-22）.*（2022-10-22），条目 `plenum-chain-19`/);
    assert.match(text, /\*\*修改：\*\* 替换为“党的二十大和二十届历次全会精神”（请确认后修改）/);
    assert.match(text, /\[规则说明：outdated-phrasing\]\(file:\/\/\/.*\/docs\/rules\.md#outdated-phrasing\)/);
    assert.equal(hover.range.start.line, lineOf('十九届历次').line);
  });

  test('hover away from findings is empty', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    assert.equal(hover, null);
  });

  test('gongwen/review: categories in order with counts, parts, severity and safe counts', async () => {
    const review = (await client.connection.sendRequest('gongwen/review', { textDocument: { uri } })) as Review;
    assert.equal(review.checked, true);
    assert.equal(review.referenceDate?.date, '2026-11-23');
    assert.match(review.dataVersion, /条提法/);
    assert.deepEqual(
      review.categories.map((c) => c.id),
      ['political', 'outdated', 'structure', 'wording', 'punctuation', 'consistency', 'placeholder'],
    );
    for (const c of review.categories)
      assert.equal(
        c.count,
        c.parts.reduce((n, p) => n + p.findings.length, 0),
      );
    const political = review.categories[0];
    assert.equal(political.severity, 'error');
    assert.deepEqual(
      political.parts.map((p) => p.label),
      ['一、主要工作'],
    );
    assert.equal(review.categories.find((c) => c.id === 'punctuation')!.safe, 1);
  });

  test('fix all safe findings of one category changes only that category', async () => {
    const fixed = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'gongwen.server.fixCategory',
      arguments: [uri, 'punctuation'],
    });
    assert.equal(fixed, 1);
    const { edit } = client.appliedEdits.at(-1)!;
    assert.deepEqual(
      edit.changes[uri].map((e) => e.newText),
      ['，'],
    );
    const none = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'gongwen.server.fixCategory',
      arguments: [uri, 'placeholder'],
    });
    assert.equal(none, 0);
  });
});

describe('检查工作区所有报告 over LSP', () => {
  let client: TestClient;
  let root: string;
  const progress: { done: number; total: number }[] = [];
  /** Called on each progress notification (a connection has one handler per method). */
  let onProgress: ((p: { done: number }) => void) | undefined;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
    fs.mkdirSync(path.join(root, 'reports/old'), { recursive: true });
    fs.writeFileSync(path.join(root, 'reports/a.txt'), REPORT);
    fs.writeFileSync(path.join(root, 'reports/b.md'), REPORT);
    fs.writeFileSync(path.join(root, 'reports/old/c.txt'), REPORT);
    fs.writeFileSync(path.join(root, 'notes.txt'), 'shopping list: milk, eggs\n');
    fs.writeFileSync(path.join(root, '.gongwen.json'), JSON.stringify({ ignoreFiles: ['reports/old/**'] }));
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    client.connection.onNotification('gongwen/workspaceProgress', (p: { done: number; total: number }) => {
      progress.push(p);
      onProgress?.(p);
    });
    await client.initialize(pathToFileURL(root).toString());
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const fileUri = (p: string) => pathToFileURL(path.join(root, p)).toString();

  test('checks every report, fills diagnostics, skips ignoreFiles and texts that are no reports', async () => {
    const result = (await client.connection.sendRequest('gongwen/checkWorkspace', {})) as {
      files: number;
      checked: number;
      findings: number;
      cancelled: boolean;
    };
    assert.deepEqual(
      { files: result.files, checked: result.checked, cancelled: result.cancelled },
      { files: 4, checked: 2, cancelled: false },
    );
    assert.ok(client.lastDiagnostics(fileUri('reports/a.txt'))?.some((d) => d.code === 'outdated-phrasing'));
    assert.ok(client.publishedCount(fileUri('reports/b.md')) > 0);
    assert.equal(client.publishedCount(fileUri('reports/old/c.txt')), 0);
    assert.equal(client.publishedCount(fileUri('notes.txt')), 0);
    assert.deepEqual(progress.at(-1), { done: 4, total: 4 });
  });

  test('gongwen.enable = never checks nothing', async () => {
    client.settings = { referenceDate: '2026-11-23', enable: 'never' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const result = (await client.connection.sendRequest('gongwen/checkWorkspace', {})) as { checked: number };
    assert.equal(result.checked, 0);
    client.settings = { referenceDate: '2026-11-23' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  test('a cancelled workspace check stops before the last file', async () => {
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(root, `reports/many-${String(i).padStart(3, '0')}.txt`), REPORT);
    progress.length = 0;
    const source = new CancellationTokenSource();
    const cancelled = new Promise<void>((resolve) => {
      onProgress = (p) => {
        if (p.done < 3) return;
        source.cancel();
        onProgress = undefined;
        resolve();
      };
    });
    const request = client.connection.sendRequest('gongwen/checkWorkspace', {}, source.token).then(
      (r) => r as { cancelled: boolean; checked: number },
      (e: Error) => e,
    );
    await cancelled;
    const outcome = await request;
    // The client gives up on its side at once; the server stops at its next file.
    assert.ok(outcome instanceof Error || outcome.cancelled, JSON.stringify(outcome));
    await new Promise((r) => setTimeout(r, 500));
    const last = progress.at(-1)!;
    assert.ok(last.done < 100, `the server went on to file ${last.done} of 303`);
    const published = fs
      .readdirSync(path.join(root, 'reports'))
      .filter((f) => f.startsWith('many-') && client.publishedCount(fileUri(`reports/${f}`)) > 0);
    assert.ok(published.length < 100, `${published.length} files published after cancellation`);
  });

  test('导出审校报告 of the workspace: one HTML with every checked report', async () => {
    fs.rmSync(path.join(root, 'reports'), { recursive: true, force: true });
    fs.mkdirSync(path.join(root, 'reports'));
    fs.writeFileSync(path.join(root, 'reports/a.txt'), REPORT);
    fs.writeFileSync(path.join(root, 'reports/b.txt'), REPORT);
    const html = (await client.connection.sendRequest('gongwen/exportReview', { format: 'html' })) as string;
    assert.match(html, /<h2 class="doc-break">1\. reports\/a\.txt<\/h2>[\s\S]*<h2 class="doc-break">2\. reports\/b\.txt<\/h2>/);
    const sarif = JSON.parse((await client.connection.sendRequest('gongwen/exportReview', { format: 'sarif' })) as string);
    assert.equal(sarif.runs[0].artifacts.length, 2);
  });
});
