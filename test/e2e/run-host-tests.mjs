// Runs a compiled mocha suite (test/vscode/suite) inside a real VS Code extension host (code-server),
// the way @vscode/test-electron does with a downloaded VS Code:
//   node test/e2e/run-host-tests.mjs --dev-path . --tests out/test/vscode/suite/index.js \
//     --workspace test/fixtures/vscode [--timeout 300]
// Exit code 0 only when the suite says it passed; 1 when it failed, never started, did not finish
// within --timeout seconds, or the extension host died; 2 for bad arguments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import hostEntry from './lib/host-entry.cjs';
import { sleep, startVSCode } from './lib/code-server.mjs';

const { MARKS } = hostEntry;
// From a restored workbench to the suite's first line takes a few seconds; this only bounds a broken start.
const START_TIMEOUT_S = 90;

const { values } = parseArgs({
  options: {
    'dev-path': { type: 'string', default: '.' },
    tests: { type: 'string', default: 'out/test/vscode/suite/index.js' },
    workspace: { type: 'string', default: 'test/fixtures/vscode' },
    timeout: { type: 'string', default: '300' },
  },
});
const devPath = path.resolve(values['dev-path']);
const tests = path.resolve(values.tests);
const timeoutS = Number(values.timeout);
// Without these checks a wrong --dev-path still runs the suite, with no extension under test.
for (const [option, file] of [
  ['--dev-path', path.join(devPath, 'package.json')],
  ['--tests', tests],
  ['--workspace', values.workspace],
]) {
  if (!fs.existsSync(file)) {
    console.error(`${option}: ${file} does not exist`);
    process.exit(2);
  }
}
if (!(timeoutS > 0)) {
  console.error(`--timeout: ${values.timeout} is not a number of seconds`);
  process.exit(2);
}

// A copy of the workspace (tests may create files there and must not touch the fixtures), and the
// entry VS Code runs: the suite wrapped by lib/host-entry.cjs.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-host-run-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.resolve(values.workspace), workspace, { recursive: true });
const entry = path.join(tmp, 'entry.cjs');
const hostEntryPath = fileURLToPath(new URL('./lib/host-entry.cjs', import.meta.url));
fs.writeFileSync(entry, `module.exports = require(${JSON.stringify(hostEntryPath)}).wrap(${JSON.stringify(tests)});\n`);

// What the extension host prints while the suite runs goes to stdout; the workbench's start-up and
// shut-down chatter (it logs through the same channel) and the marks go to stderr.
const marks = new Set();
const onLog = (line) => {
  const isMark = Object.values(MARKS).includes(line);
  const running = marks.has(MARKS.started) && !marks.has(MARKS.passed) && !marks.has(MARKS.failed);
  if (isMark) marks.add(line);
  (running && !isMark ? process.stdout : process.stderr).write(line + '\n');
};

let vscode;
let failure;
try {
  vscode = await startVSCode({ workspace, devPath, testsPath: entry, onLog });
  failure = await verdict(vscode);
  if (failure) console.error(`screenshot: ${await vscode.shot('host-tests-failed').catch(() => 'none, the page is gone')}`);
} catch (error) {
  failure = String(error?.stack ?? error);
} finally {
  await vscode?.close();
}
console.error(failure ? `host tests FAILED: ${failure}` : 'host tests passed');
process.exit(failure ? 1 : 0);

/** Why the run failed, or undefined when the suite itself said it passed and VS Code agreed. */
async function verdict({ testsDone, serverExited }) {
  let done = false;
  let exitCode;
  let serverGone = false;
  testsDone.then((code) => {
    done = true;
    exitCode = code;
  });
  serverExited.then(() => {
    serverGone = true;
  });
  const begin = Date.now();
  while (!done) {
    const seconds = (Date.now() - begin) / 1000;
    if (serverGone) return 'code-server exited';
    if (!marks.has(MARKS.started) && seconds > START_TIMEOUT_S)
      return `the extension host did not start the suite within ${START_TIMEOUT_S}s`;
    if (seconds > timeoutS) return `the suite did not finish within ${timeoutS}s`;
    await sleep(200);
  }
  await sleep(500); // log lines still on their way from the page
  if (exitCode === 0 && marks.has(MARKS.passed)) return undefined;
  if (exitCode !== 0 || marks.has(MARKS.failed)) return `the suite failed (exit code ${exitCode})`;
  return 'the extension host exited before the suite finished';
}
