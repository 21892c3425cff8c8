/**
 * The engine's unit tests in one process: they are pure (no files but their fixtures, no globals changed), so
 * starting a process per file — loading the engine and the dictionary each time — was most of their run time.
 * CLI and LSP tests spawn their own processes and keep one file per process (test/run-all.sh).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.join(__dirname, 'unit');
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.test.js'))
  .sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(dir, file));
}
