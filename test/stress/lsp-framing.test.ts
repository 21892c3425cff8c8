import assert from 'node:assert/strict';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { SERVER } from '../lsp/lsp-client';

/**
 * LSP framing fuzz: after any bytes on stdin the server either still answers a valid request or
 * exits with a non-zero code (so the client restarts it) within a budget — never alive and deaf.
 */
const STALL_MS = 1500;
const BUDGET_MS = STALL_MS + 8000;

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const request = (id: number, method: string, params: unknown) => frame(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
const INITIALIZE = request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
/** A request every live server answers (no document is open, so the answer is an empty list). */
const PROBE_ID = 99;
const PROBE = request(PROBE_ID, 'textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/none.txt' } });

type Outcome = { kind: 'answered' } | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null } | { kind: 'deaf' };

/** Responses by id from the server's stdout. */
function responses(child: ChildProcess): Map<number, unknown> {
  const seen = new Map<number, unknown>();
  let buffer = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      if (typeof message.id === 'number' && !('method' in message)) seen.set(message.id, message);
    }
  });
  return seen;
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((wake) => setTimeout(wake, 25));
  }
  return true;
}

/** Starts a server, initializes it, writes `garbage`, then the probe request; reports what happened. */
async function afterGarbage(garbage: string | Buffer): Promise<Outcome> {
  const child = spawn(process.execPath, [SERVER, '--stdio', `--stall-timeout=${STALL_MS}`], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.resume();
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  child.stdin!.on('error', () => undefined); // writing to a server that already left
  const seen = responses(child);
  try {
    child.stdin!.write(INITIALIZE);
    assert.ok(await until(() => seen.has(1), 20_000), 'the server answers initialize');
    child.stdin!.write(garbage);
    child.stdin!.write(PROBE);
    await until(() => seen.has(PROBE_ID) || exit !== undefined, BUDGET_MS);
    if (seen.has(PROBE_ID)) return { kind: 'answered' };
    if (exit) return { kind: 'exited', ...exit };
    return { kind: 'deaf' };
  } finally {
    if (!exit) child.kill();
  }
}

function assertAliveOrGone(outcome: Outcome, note: string): void {
  assert.notEqual(outcome.kind, 'deaf', `${note}: the server neither answered nor exited within ${BUDGET_MS} ms`);
  if (outcome.kind === 'exited') assert.ok(outcome.code !== 0, `${note}: a framing error exits non-zero (got ${outcome.code})`);
}

const CASES: [string, string | Buffer][] = [
  ['non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
  ['negative Content-Length', 'Content-Length: -5\r\n\r\n'],
  ['zero Content-Length', 'Content-Length: 0\r\n\r\n'],
  ['Content-Length in exponent form', 'Content-Length: 1e3\r\n\r\n{}'],
  ['huge Content-Length and a short body', 'Content-Length: 99999999999\r\n\r\n{"jsonrpc":"2.0"'],
  ['body shorter than its Content-Length, then nothing', 'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0",'],
  ['truncated body running into the next message', 'Content-Length: 30\r\n\r\n{"jsonrpc":'],
  ['header without a colon', 'this is not a header\r\n\r\n'],
  ['no Content-Length header', 'Content-Type: application/json\r\n\r\n{}'],
  ['empty header block', '\r\n\r\n'],
  ['LF-only header', 'Content-Length: 2\n\n{}'],
  ['invalid JSON body', frame('{{{{ not json')],
  ['invalid UTF-8 body', Buffer.concat([Buffer.from('Content-Length: 4\r\n\r\n'), Buffer.from([0xff, 0xfe, 0xfd, 0xfc])])],
  ['JSON that is not JSON-RPC', frame('[1, 2, 3]') + frame('null') + frame('"text"')],
  ['a request with a method and no params', frame('{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction"}')],
  ['didOpen with params null', frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}')],
];

describe('LSP framing fuzz over stdio', { concurrency: 2 }, () => {
  for (const [name, garbage] of CASES) {
    test(name, async () => assertAliveOrGone(await afterGarbage(garbage), name));
  }

  test('a valid request after a well-framed but meaningless message is still answered', async () => {
    assert.deepEqual(await afterGarbage(frame('{"jsonrpc":"2.0","method":"no/such/notification","params":{}}')), { kind: 'answered' });
  });

  test('a malformed Content-Length ends the process instead of leaving it deaf', async () => {
    const outcome = await afterGarbage('Content-Length: abc\r\n\r\n{}');
    assert.equal(outcome.kind, 'exited');
  });

  test('seeded random byte soup', async () => {
    let state = 20261129;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['Content-Length: ', '\r\n', '\r\n\r\n', '12', '-1', '{', '}', '"jsonrpc":"2.0"', ':', 'x', '\u0000', '中文'];
    for (let round = 0; round < 4; round++) {
      let soup = '';
      for (let i = 0; i < 12; i++) soup += pieces[Math.floor(next() * pieces.length)];
      assertAliveOrGone(await afterGarbage(soup), `round ${round}: ${JSON.stringify(soup)}`);
    }
  });
});

describe('messages that are not JSON-RPC over IPC', () => {
  test('leave the server answering', async () => {
    const child: ChildProcess = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    child.stdout!.resume();
    child.stderr!.resume();
    const seen = new Map<number, unknown>();
    child.on('message', (m: { id?: number; method?: string }) => {
      if (typeof m?.id === 'number' && !m.method) seen.set(m.id, m);
    });
    try {
      child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      assert.ok(await until(() => seen.has(1), 20_000));
      for (const junk of [
        'text',
        42,
        [1, 2],
        { jsonrpc: '2.0' },
        { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: 5 } },
      ]) {
        child.send(junk);
      }
      child.send({
        jsonrpc: '2.0',
        id: PROBE_ID,
        method: 'textDocument/documentSymbol',
        params: { textDocument: { uri: 'file:///tmp/none.txt' } },
      });
      assert.ok(await until(() => seen.has(PROBE_ID), BUDGET_MS), 'the probe is answered');
      assert.equal(child.exitCode, null);
    } finally {
      child.kill();
    }
  });
});
