import { after, before } from 'node:test';
import { ChildProcess, fork, spawn } from 'node:child_process';
import processOptions from '../../server/src/process-options.json';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';

// Launched as the extension launches it (client/src/extension.ts).
const { execArgv, env } = processOptions;
export const SERVER = path.resolve(__dirname, '../../../dist/server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Diagnostic['range'] }; message: string }[];
}

/**
 * A minimal LSP client for tests: spawns the built server, answers workspace/configuration
 * from `settings`, and records what the server publishes.
 */
export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  settings: Record<string, unknown> = {};
  readonly messages: { type: number; message: string }[] = [];
  /** Called with each edit before it is answered as applied: writes it to disk, as the editor would. */
  onApplyEdit?: (edit: unknown) => void;
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  readonly appliedEdits: { label?: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[] = [];
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  /** The document version of each published diagnostics list, in order. */
  readonly versions = new Map<string, (number | undefined)[]>();
  private readonly waiters: (() => void)[] = [];
  /** The end of the server's stderr, to explain a crash. */
  private stderr = '';
  /** Set when the server process ended; pending requests are then rejected instead of waiting forever. */
  private ended?: string;
  private shuttingDown = false;

  constructor(transport: 'stdio' | 'ipc' = 'stdio') {
    if (transport === 'stdio') {
      this.process = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
      });
      this.connection = createMessageConnection(
        new StreamMessageReader(this.process.stdout!),
        new StreamMessageWriter(this.process.stdin!),
      );
    } else {
      this.process = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], execArgv, env: { ...process.env, ...env } });
      this.connection = createMessageConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process));
    }
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'gongwen' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: TestClient['appliedEdits'][number]) => {
      this.appliedEdits.push(params);
      this.onApplyEdit?.(params.edit);
      return { applied: true };
    });
    const record = (m: { type: number; message: string }) => {
      this.messages.push(m);
    };
    this.connection.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
      record(m);
      return null;
    });
    this.connection.onNotification('window/showMessage', record);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p.diagnostics);
      this.diagnostics.set(p.uri, list);
      this.versions.set(p.uri, [...(this.versions.get(p.uri) ?? []), p.version]);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8000);
    });
    this.process.on('exit', (code, signal) => {
      this.ended = `the server exited (code ${code}, signal ${signal})`;
      if (this.shuttingDown) return;
      console.error(`${this.ended}; its stderr ended with:\n${this.stderr}`);
      // Disposing rejects the requests still waiting for an answer, so the test fails now with this reason.
      this.connection.dispose();
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.listen();
  }

  private assertAlive(): void {
    if (this.ended) throw new Error(`${this.ended}; stderr: ${this.stderr}`);
  }

  async initialize(rootUri: string | null = null): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resolves with the next diagnostics published for `uri` after the call (optionally matching a predicate). */
  async nextDiagnostics(
    uri: string,
    action: () => Promise<unknown> | void,
    accept: (d: Diagnostic[]) => boolean = () => true,
    timeoutMs = 15000,
  ): Promise<Diagnostic[]> {
    const seen = this.diagnostics.get(uri)?.length ?? 0;
    await action();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      const match = list.slice(seen).find(accept);
      if (match) return match;
      this.assertAlive();
      if (Date.now() > deadline)
        throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(list.slice(seen))}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** The diagnostics last published for `uri`, if any. */
  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.at(-1);
  }

  publishedCount(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  /** Asks the server to shut down; a server that does not answer within 10 s is killed and the call fails. */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to shutdown within 10 s; stderr: ${this.stderr}`)), 10_000);
    });
    try {
      this.assertAlive();
      await Promise.race([this.connection.sendRequest('shutdown'), timeout]);
      await this.connection.sendNotification('exit');
    } finally {
      clearTimeout(timer);
      this.connection.dispose();
      this.process.kill();
    }
  }
}

/** A client started with these settings before the suite's tests and shut down after them (call inside describe). */
export function clientFor(settings: Record<string, unknown>): () => TestClient {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    client.settings = settings;
    await client.initialize();
  });
  after(() => client.shutdown());
  return () => client;
}
