#!/usr/bin/env node
'use strict';
const path = require('node:path');
// A reader that stops early (gongwen check … | head) is not an error: end quietly instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode);
});
// The bundle is loaded with a V8 code cache (workspace/code-cache.ts): compiling it would be most of a small run.
require('../dist/code-cache.js')
  .loadBundle(path.join(__dirname, '..', 'dist', 'cli.js'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
