import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/vscode');

/** Opens a fresh copy of a fixture, so tests that edit it never change the repository. */
export async function openCopy(name: string): Promise<vscode.TextEditor> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-host-'));
  const file = path.join(dir, name);
  fs.copyFileSync(path.join(FIXTURES, name), file);
  const document = await vscode.workspace.openTextDocument(file);
  return vscode.window.showTextDocument(document);
}

export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until the gongwen diagnostics of `uri` satisfy `accept`. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (d: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = gongwenDiagnostics(uri);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() > deadline) {
      throw new Error(`diagnostics for ${uri.fsPath} not as expected after ${timeoutMs} ms: ${JSON.stringify(diagnostics.map(codeOf))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('gongwen').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The quick fixes VS Code offers for `range` of `uri` (from every provider, the server's among them). */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
}
