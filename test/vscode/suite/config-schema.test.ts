import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Asks until `accept` holds: the JSON language server loads the contributed schema after the file opens. */
async function until<T>(ask: () => Thenable<T>, accept: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not as expected after ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('.gongwen.json gets the contributed schema', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('offers the rule ids inside "rules" and flags a misspelt key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-schema-'));
    const file = path.join(dir, '.gongwen.json');
    fs.writeFileSync(file, '{\n  "rules": {\n    \n  },\n  "reportTyp": "自查报告"\n}\n');
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const labels = (list: vscode.CompletionList) => list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const list = await until(
      () =>
        vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          new vscode.Position(2, 4),
        ),
      (l) => labels(l).some((label) => label.includes('missing-section')),
      'completion in "rules"',
    );
    for (const id of ['placeholder', 'outdated-phrasing', 'length'])
      assert.ok(
        labels(list).some((l) => l.includes(id)),
        `${id} offered`,
      );
    const problems = await until(
      async () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.some((x) => x.message.includes('reportTyp')),
      'schema diagnostics',
    );
    assert.equal(problems.find((x) => x.message.includes('reportTyp'))!.range.start.line, 4);
  });
});
