// The language server as the extension starts it (client/src/extension.ts): dist/server.js loaded with a V8 code
// cache (workspace/code-cache.ts), which takes compiling the 2 MB bundle out of the time to first diagnostics.
import * as path from 'node:path';
import { loadBundle } from '../../workspace/code-cache';

loadBundle(path.join(__dirname, 'server.js'));
