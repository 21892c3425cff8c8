// Preloaded with `node -r`: appends every path fs.readFileSync opens to the file named by GONGWEN_READS_LOG.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, not an import copy
import fs = require('node:fs');

const log = process.env.GONGWEN_READS_LOG!;
const read = fs.readFileSync;
(fs as { readFileSync: unknown }).readFileSync = function (file: unknown, ...rest: unknown[]) {
  if (typeof file === 'string') fs.appendFileSync(log, file + '\n');
  return (read as (...args: unknown[]) => unknown).call(fs, file, ...rest);
};
