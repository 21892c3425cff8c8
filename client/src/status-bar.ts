import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { request } from './protocol';

const LANGUAGES = ['plaintext', 'markdown', 'gongwen'];
const DELAY_MS = 300;

/** Status bar: report type, 字数 and the number of Gongwen problems; a click opens the structure view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('Gongwen');
    this.item.command = 'gongwen.showStructure';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.updateSoon();
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.updateSoon()),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !LANGUAGES.includes(document.languageId)) {
      this.item.hide();
      return;
    }
    const { type, charCount, referenceDate } = await request(this.client, 'gongwen/structure', {
      textDocument: { uri: document.uri.toString() },
    });
    if (document !== vscode.window.activeTextEditor?.document) return;
    if (!type) {
      this.item.hide();
      return;
    }
    const problems = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gongwen').length;
    this.item.text = `$(file-text) ${type.name} · ${vscode.l10n.t('{0} chars', charCount.toLocaleString('zh-CN'))} · $(warning) ${problems}`;
    this.item.tooltip = vscode.l10n.t(
      '{0} ({1}). {2}. Click to show the report structure.',
      type.name,
      type.reason,
      referenceDate?.explanation ?? '',
    );
    this.item.show();
  }

  private updateSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
