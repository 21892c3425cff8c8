#!/usr/bin/env node
'use strict';
const path = require('node:path');
// A reader that stops early (gongwen check … | head) is not an error: end quietly instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode);
});
// A check run is short: TurboFan's inlining costs more compile time than it gains (a folder of 1,000 reports:
// ~0.6 s less CPU, 10-20 % less wall time, 1M characters ~10 % less; docs/notes/issue-19.md). Set before the
// bundle loads, so every function (and the pool's workers, which share the flags) is compiled this way.
require('node:v8').setFlagsFromString('--no-turbo-inlining');
// The bundle is loaded with a V8 code cache (workspace/code-cache.ts): compiling it would be most of a small run.
require('../dist/code-cache.js')
  .loadBundle(path.join(__dirname, '..', 'dist', 'cli.js'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
