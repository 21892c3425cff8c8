import { format } from 'node:util';
import {
  IPCMessageReader,
  IPCMessageWriter,
  MessageReader,
  MessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

/**
 * How long a message may stay incomplete with no byte arriving before the stream counts as broken
 * (a Content-Length larger than what follows, a truncated body). A healthy client writes a message in
 * one go; `--stall-timeout=<ms>` changes it.
 */
const DEFAULT_STALL_MS = 30_000;

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Where console.log may go without corrupting the protocol (stdio mode writes messages to stdout). */
  stdio: boolean;
}

/**
 * The server's end of the connection (`--stdio` or `--node-ipc`), built here rather than by
 * vscode-languageserver so that a framing error ends the process: the library reports a malformed
 * Content-Length or an unparsable body and then waits forever for a header it can no longer find,
 * alive but deaf. Exiting with code 1 makes the client restart the server.
 */
export function createTransport(argv: string[], exit: (code: number, reason: string) => never): Transport {
  const fail = (error: unknown) => exit(1, `gongwen: 消息格式错误，服务器退出以便客户端重启：${(error as Error)?.message ?? error}`);
  if (argv.includes('--node-ipc')) {
    const reader = new IPCMessageReader(process);
    reader.onError(fail);
    return { reader, writer: new IPCMessageWriter(process), stdio: false };
  }
  if (!argv.includes('--stdio')) exit(2, 'gongwen: 请用 --stdio 或 --node-ipc 启动语言服务器');
  const reader = new StreamMessageReader(process.stdin);
  reader.onError(fail);
  watchStalls(reader, stallTimeout(argv), fail);
  return { reader, writer: new StreamMessageWriter(process.stdout), stdio: true };
}

function stallTimeout(argv: string[]): number {
  const value = Number(argv.find((a) => a.startsWith('--stall-timeout='))?.split('=')[1]);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_STALL_MS;
}

/**
 * Treats a message that stays incomplete for `timeout` ms as a framing error. The reader's timer can
 * fire right after the server was busy (a long check) before the bytes waiting in the pipe were read,
 * so the verdict waits one turn of the event loop (setImmediate runs after pending input is read).
 */
function watchStalls(reader: StreamMessageReader, timeout: number, fail: (error: Error) => void): void {
  let lastData = Date.now();
  process.stdin.on('data', () => {
    lastData = Date.now();
  });
  reader.partialMessageTimeout = timeout;
  reader.onPartialMessage(() =>
    setImmediate(() => {
      if (Date.now() - lastData >= timeout) fail(new Error(`一条消息 ${timeout} 毫秒未收完（Content-Length 与内容不符？）`));
    }),
  );
}

/** In stdio mode stdout carries the protocol: console output goes to the client's log instead. */
export function redirectConsole(log: (message: string) => void, error: (message: string) => void): void {
  console.log = console.info = console.debug = (...args: unknown[]) => log(format(...args));
  console.warn = console.error = (...args: unknown[]) => error(format(...args));
}
