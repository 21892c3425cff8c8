#!/usr/bin/env node
'use strict';
// A reader that stops early (gongwen check … | head) is not an error: end quietly instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode);
});
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
