import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import type { HeadingNode, ReferenceDateInfo, Structure, StructurePart as PartNode } from '../../shared/protocol';
import { request } from './protocol';

type Node =
  | { kind: 'restricted' }
  | { kind: 'type'; type: NonNullable<Structure['type']> }
  | { kind: 'date'; date: ReferenceDateInfo }
  | { kind: 'parts'; parts: PartNode[] }
  | { kind: 'part'; part: PartNode }
  | { kind: 'heading'; heading: HeadingNode };

const REFRESH_DELAY_MS = 300;

/**
 * The 报告结构 view in the Explorer: the report's type and why, its standard parts with ✓/✗ and
 * 插入 for a missing one, and the heading tree with click-to-go. The server computes all of it.
 */
export class StructureView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private structure: Structure = { type: null, charCount: 0, referenceDate: null, parts: [], headings: [] };
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri?.toString()) this.refreshSoon();
      }),
      vscode.commands.registerCommand('gongwen.revealHeading', (heading: HeadingNode) =>
        this.reveal(heading.selectionRange.start.line, heading.selectionRange.start.character),
      ),
      vscode.commands.registerCommand('gongwen.revealLine', (line: number) => this.reveal(line, 0)),
      vscode.commands.registerCommand('gongwen.insertSection', (node: Node) => this.insert(node)),
    );
    void this.refresh();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'restricted': {
        const item = new vscode.TreeItem(vscode.l10n.t('Restricted Mode: workspace rule pack not loaded'));
        item.tooltip = vscode.l10n.t(
          'This folder is not trusted: the built-in checks run, but the phrasings, confusable words and report types of its .gongwen.json/.yaml do not. Trust the folder to use them.',
        );
        item.iconPath = new vscode.ThemeIcon('shield');
        item.command = { command: 'workbench.trust.manage', title: vscode.l10n.t('Manage Workspace Trust') };
        return item;
      }
      case 'type': {
        const item = new vscode.TreeItem(vscode.l10n.t('Type: {0}', node.type.name));
        item.description = node.type.reason;
        item.tooltip = vscode.l10n.t('{0}. Change it with the command Choose Report Type.', node.type.reason);
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.command = { command: 'gongwen.chooseReportType', title: vscode.l10n.t('Choose Report Type') };
        return item;
      }
      case 'date': {
        const item = new vscode.TreeItem(vscode.l10n.t('Reference date: {0}', node.date.date));
        item.description = node.date.reason;
        item.tooltip = vscode.l10n.t(
          '{0}. Change it with the settings Date Mode and Reference Date, or in .gongwen.json.',
          node.date.explanation,
        );
        item.iconPath = new vscode.ThemeIcon('calendar');
        return item;
      }
      case 'parts': {
        const missing = node.parts.filter((p) => p.required && !p.present).length;
        const item = new vscode.TreeItem(vscode.l10n.t('Parts'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = missing ? vscode.l10n.t('{0} missing', missing) : vscode.l10n.t('complete');
        return item;
      }
      case 'part': {
        const { part } = node;
        const item = new vscode.TreeItem(`${part.present ? '✓' : '✗'} ${part.name}`);
        item.description = part.present ? '' : part.required ? vscode.l10n.t('missing') : vscode.l10n.t('optional');
        item.contextValue = part.present ? 'presentPart' : 'missingPart';
        if (part.line !== undefined)
          item.command = { command: 'gongwen.revealLine', title: vscode.l10n.t('Go to'), arguments: [part.line] };
        return item;
      }
      case 'heading': {
        const { heading } = node;
        const item = new vscode.TreeItem(
          heading.name,
          heading.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
        );
        item.tooltip = vscode.l10n.t('Lines {0}–{1}', heading.range.start.line + 1, heading.range.end.line + 1);
        item.command = { command: 'gongwen.revealHeading', title: vscode.l10n.t('Go to'), arguments: [heading] };
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const { restricted, type, referenceDate, parts, headings } = this.structure;
      return [
        ...(restricted ? [{ kind: 'restricted' as const }] : []),
        ...(type ? [{ kind: 'type' as const, type }] : []),
        ...(referenceDate ? [{ kind: 'date' as const, date: referenceDate }] : []),
        ...(parts.length ? [{ kind: 'parts' as const, parts }] : []),
        ...headings.map((heading) => ({ kind: 'heading' as const, heading })),
      ];
    }
    if (node.kind === 'parts') return node.parts.map((part) => ({ kind: 'part' as const, part }));
    if (node.kind === 'heading') return (node.heading.children ?? []).map((heading) => ({ kind: 'heading' as const, heading }));
    return [];
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !['plaintext', 'markdown', 'gongwen'].includes(editor.document.languageId)) {
      this.uri = undefined;
      this.structure = { type: null, charCount: 0, referenceDate: null, parts: [], headings: [] };
    } else {
      const uri = editor.document.uri;
      this.uri = uri;
      const structure = await request(this.client, 'gongwen/structure', { textDocument: { uri: uri.toString() } });
      if (uri.toString() !== this.uri?.toString()) return; // the user moved on meanwhile
      this.structure = structure;
    }
    this.changed.fire();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async reveal(line: number, character: number): Promise<void> {
    if (!this.uri) return;
    const editor = await vscode.window.showTextDocument(this.uri);
    const position = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  private async insert(node: Node): Promise<void> {
    if (node.kind !== 'part' || !this.uri) return;
    await vscode.commands.executeCommand('gongwen.server.insertSection', this.uri.toString(), node.part.id);
    await this.refresh();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
