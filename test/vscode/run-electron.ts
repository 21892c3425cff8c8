// Runs the extension-host suite in a downloaded VS Code (for machines that can download it).
// Here, with no access to the VS Code CDN, test/e2e/run-host-tests.mjs runs the same suite in code-server.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
    launchArgs: [path.join(root, 'test', 'fixtures', 'vscode'), '--disable-extensions'],
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
