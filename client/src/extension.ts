import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import processOptions from '../../server/src/process-options.json';
import { notify } from './protocol';
import { registerCommands } from './commands';
import { registerWord } from './word';
import { registerFixAllCommand } from './fix-all';
import { registerReportTypeCommand } from './report-type';
import { StatusBar } from './status-bar';
import { StructureView } from './structure-view';
import { registerReviewCommands } from './review-commands';
import { ReviewView } from './review-view';

let client: LanguageClient | undefined;

/** UI only: starts the Gongwen language server, which owns all checking and fixes. */
/** What activate returns to other extensions and the host tests: the 审校结果 view's current data. */
export interface GongwenApi {
  review(): ReviewView['current'];
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  // server-boot.js loads server.js with a V8 code cache (server/src/boot.ts); the debug launch loads it as is.
  const module = context.asAbsolutePath(path.join('dist', 'server-boot.js'));
  const debugModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A small young generation, V8's size-over-speed mode and two malloc arenas keep the server near 100 MB
  // (docs/benchmark.md); checks stay well within the keystroke budget. The bench and LSP tests launch it the same way.
  const { execArgv, env } = processOptions;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv, env } },
    debug: { module: debugModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { language: 'gongwen' },
      // Synced (never checked) so the 忽略 quick fixes edit an open config's current text, unsaved edits included.
      { scheme: 'file', pattern: '**/.gongwen.{json,yaml,yml}' },
    ],
    // In Restricted Mode the server runs the built-in checks but not the workspace's rule packs.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    synchronize: {
      configurationSection: 'gongwen',
      // The server re-reads the workspace config when one is created, changed or deleted.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwen.{json,yaml,yml}'),
    },
  };
  client = new LanguageClient('gongwen', '公文报告助手', serverOptions, clientOptions);
  await client.start();
  const structure = new StructureView(client);
  const review = new ReviewView(client);
  context.subscriptions.push(
    structure,
    review,
    vscode.window.registerTreeDataProvider('gongwen.review', review),
    ...registerReviewCommands(client),
    vscode.window.registerTreeDataProvider('gongwen.structure', structure),
    registerReportTypeCommand(context, client, () => void structure.refresh()),
    registerFixAllCommand(),
    new StatusBar(client),
    ...registerCommands(client, () => void structure.refresh()),
    ...registerWord(client),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (client) await notify(client, 'gongwen/workspaceTrust', { trusted: true });
      void structure.refresh();
    }),
  );
  return { review: () => review.current };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
