import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** One node as the server sends it (an LSP DocumentSymbol). */
interface StructureNode {
  name: string;
  detail?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: StructureNode['range'];
  children?: StructureNode[];
}

const REFRESH_DELAY_MS = 300;

/** The 报告结构 view in the Explorer: the server's heading tree of the active report, click to go. */
export class StructureView implements vscode.TreeDataProvider<StructureNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: StructureNode[] = [];
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refreshSoon();
      }),
      vscode.commands.registerCommand('gongwen.revealHeading', (node: StructureNode) => this.reveal(node)),
    );
    this.refresh();
  }

  getTreeItem(node: StructureNode): vscode.TreeItem {
    const item = new vscode.TreeItem(`${node.detail ?? ''}${node.name}`,
      node.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.tooltip = `第 ${node.range.start.line + 1}–${node.range.end.line + 1} 行`;
    item.command = { command: 'gongwen.revealHeading', title: '转到', arguments: [node] };
    return item;
  }

  getChildren(node?: StructureNode): StructureNode[] {
    return node ? node.children ?? [] : this.roots;
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const languages = ['plaintext', 'markdown'];
    if (!editor || !languages.includes(editor.document.languageId)) {
      this.roots = [];
      this.uri = undefined;
    } else {
      this.uri = editor.document.uri;
      const result = await this.client.sendRequest<{ headings: StructureNode[] }>('gongwen/structure',
        { textDocument: { uri: this.uri.toString() } });
      if (this.uri.toString() !== vscode.window.activeTextEditor?.document.uri.toString()) return;
      this.roots = result.headings;
    }
    this.changed.fire();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async reveal(node: StructureNode): Promise<void> {
    if (!this.uri) return;
    const editor = await vscode.window.showTextDocument(this.uri);
    const { start, end } = node.selectionRange;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
