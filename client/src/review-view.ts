import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import type {
  LspRange,
  Review,
  ReviewCategoryNode as CategoryNode,
  ReviewFinding as FindingNode,
  ReviewPart as PartNode,
  Severity,
} from '../../shared/protocol';
import { request } from './protocol';

type Node =
  | { kind: 'empty'; review: Review }
  | { kind: 'category'; category: CategoryNode }
  | { kind: 'part'; part: PartNode }
  | { kind: 'finding'; finding: FindingNode };

const ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

/**
 * The 审校结果 view: the current report's findings by review category, then by part (一、…), with counts and
 * severity icons; a click goes to the finding, a category's inline action fixes its safe findings. It follows
 * the diagnostics, so it updates as the server re-checks while the user types. The server computes all of it.
 */
export class ReviewView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private review: Review = { checked: false, categories: [], referenceDate: null, dataVersion: '' };
  private uri: vscode.Uri | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) void this.refresh();
      }),
      vscode.commands.registerCommand('gongwen.revealFinding', (range: LspRange) => this.reveal(range)),
      vscode.commands.registerCommand('gongwen.fixCategory', (node?: Node) => this.fixCategory(node)),
    );
    void this.refresh();
  }

  /** The current review (for tests and the export command's empty case). */
  get current(): Review {
    return this.review;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'empty': {
        const { review } = node;
        const item = new vscode.TreeItem(review.checked ? vscode.l10n.t('No problems found') : vscode.l10n.t('Not a checked report'));
        item.iconPath = new vscode.ThemeIcon(review.checked ? 'pass' : 'circle-slash');
        item.description = review.referenceDate
          ? vscode.l10n.t('Reference date {0} · data {1}', review.referenceDate.date, review.dataVersion)
          : '';
        item.tooltip = review.referenceDate
          ? `${review.referenceDate.date}（${review.referenceDate.reason}）\n${review.dataVersion}`
          : undefined;
        return item;
      }
      case 'category': {
        const { category } = node;
        const item = new vscode.TreeItem(category.name, vscode.TreeItemCollapsibleState.Expanded);
        item.description = category.safe ? vscode.l10n.t('{0} · {1} safe', category.count, category.safe) : String(category.count);
        item.iconPath = ICON[category.severity];
        item.contextValue = category.safe ? 'categoryFixable' : 'category';
        item.id = `category:${category.id}`;
        return item;
      }
      case 'part': {
        const { part } = node;
        const item = new vscode.TreeItem(part.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(part.findings.length);
        item.iconPath = ICON[part.severity];
        return item;
      }
      case 'finding': {
        const { finding } = node;
        const item = new vscode.TreeItem(finding.message);
        item.description = vscode.l10n.t('line {0}', finding.range.start.line + 1);
        item.tooltip = `${finding.message}\n[${finding.rule}]`;
        item.iconPath = ICON[finding.severity];
        item.command = { command: 'gongwen.revealFinding', title: vscode.l10n.t('Go to'), arguments: [finding.range] };
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.uri) return [];
      if (!this.review.categories.length) return [{ kind: 'empty', review: this.review }];
      return this.review.categories.map((category) => ({ kind: 'category', category }));
    }
    if (node.kind === 'category') return node.category.parts.map((part) => ({ kind: 'part', part }));
    if (node.kind === 'part') return node.part.findings.map((finding) => ({ kind: 'finding', finding }));
    return [];
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !['plaintext', 'markdown', 'gongwen'].includes(editor.document.languageId)) {
      this.uri = undefined;
      this.review = { checked: false, categories: [], referenceDate: null, dataVersion: '' };
    } else {
      const uri = editor.document.uri;
      this.uri = uri;
      const review = await request(this.client, 'gongwen/review', { textDocument: { uri: uri.toString() } });
      if (uri.toString() !== this.uri?.toString()) return; // the user moved on meanwhile
      this.review = review;
    }
    this.changed.fire();
  }

  private async reveal(range: LspRange): Promise<void> {
    if (!this.uri) return;
    const editor = await vscode.window.showTextDocument(this.uri);
    const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** From the view's inline action (a category node), or the palette (pick a category with safe fixes). */
  private async fixCategory(node?: Node): Promise<number> {
    if (!this.uri) return 0;
    let id = node?.kind === 'category' ? node.category.id : undefined;
    if (!id) {
      const fixable = this.review.categories.filter((c) => c.safe);
      const picked = fixable.length
        ? await vscode.window.showQuickPick(
            fixable.map((c) => ({ label: c.name, description: vscode.l10n.t('{0} safe', c.safe), id: c.id })),
            { title: vscode.l10n.t('Fix Safe Problems of a Category') },
          )
        : undefined;
      if (!fixable.length) void vscode.window.showInformationMessage(vscode.l10n.t('No safe fixes in this report.'));
      id = picked?.id;
    }
    if (!id) return 0;
    return (await vscode.commands.executeCommand<number>('gongwen.server.fixCategory', this.uri.toString(), id)) ?? 0;
  }

  dispose(): void {
    this.changed.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
