// Runs the compiled mocha suite (test/vscode/suite) inside a real VS Code extension host
// (code-server), the way @vscode/test-electron does with a downloaded VS Code:
//   node test/e2e/run-host-tests.mjs --dev-path . --tests out/test/vscode/suite/index.js --workspace test/fixtures/vscode
// Exit code = the suite's (non-zero on failure or timeout).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startVSCode } from './lib/code-server.mjs';

const { values } = parseArgs({ options: {
  'dev-path': { type: 'string', default: '.' },
  tests: { type: 'string', default: 'out/test/vscode/suite/index.js' },
  workspace: { type: 'string', default: 'test/fixtures/vscode' },
  timeout: { type: 'string', default: '300' },
} });

// A copy of the workspace: tests may create files (.gongwen.json) and must not touch the fixtures.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-host-ws-'));
fs.cpSync(path.resolve(values.workspace), workspace, { recursive: true });

let code = 1;
const vscode = await startVSCode({ workspace, devPath: path.resolve(values['dev-path']), testsPath: path.resolve(values.tests) });
try {
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), Number(values.timeout) * 1000));
  const result = await Promise.race([vscode.testsDone, timeout]);
  if (result === 'timeout') console.error(`extension host tests did not finish in ${values.timeout}s`);
  code = typeof result === 'number' ? result : 1;
  await vscode.shot('after-host-tests').catch(() => {});
} finally {
  await vscode.close();
  fs.rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
