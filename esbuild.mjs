// Bundles the client, the language server and the CLI into dist/, and puts the parts of
// nodejieba needed at run time (JS entry, native binary, segmentation dictionaries) beside
// them in dist/node_modules so the packaged .vsix works without any other node_modules.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOutput } from './scripts/ascii-output.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's UMD main cannot be bundled; its ESM build can.
  mainFields: ['module', 'main'],
};

/** One esbuild build; the production build (minified, no source map) is written as pure ASCII. */
async function bundle(options) {
  const result = await esbuild.build({ ...common, ...options, write: !production });
  for (const file of result.outputFiles ?? []) {
    const text = asciiOutput(file.text);
    if (/[^\x00-\x7f]/.test(text)) throw new Error(`esbuild.mjs: ${file.path} is not ASCII after escaping`);
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, text);
  }
}

await Promise.all([
  bundle({ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  bundle({ entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: ['nodejieba'] }),
  bundle({ entryPoints: ['cli/gongwen.ts'], outfile: 'dist/cli.js', external: ['nodejieba'] }),
  // bin/gongwen.js and the pool's workers load dist/cli.js through this, with a V8 code cache; server-boot.js
  // (the server's entry in the extension) does the same for dist/server.js.
  bundle({ entryPoints: ['workspace/code-cache.ts'], outfile: 'dist/code-cache.js' }),
  bundle({ entryPoints: ['server/src/boot.ts'], outfile: 'dist/server-boot.js' }),
  // Build-time only (not packaged): make the trimmed dictionary and the dictionary pack shipped beside nodejieba.
  bundle({ entryPoints: ['engine/segmenter/trim-dictionary.ts'], outfile: 'dist/tools/trim-dictionary.js' }),
  bundle({ entryPoints: ['engine/dictionary-pack.ts'], outfile: 'dist/tools/dictionary-pack.js' }),
]);

copyNodejieba();

function copyNodejieba() {
  const from = join(root, 'node_modules', 'nodejieba');
  const to = join(root, 'dist', 'node_modules', 'nodejieba');
  rmSync(to, { recursive: true, force: true });
  const dict = 'submodules/cppjieba/dict';
  const files = [
    'package.json',
    'index.js',
    'LICENSE',
    // The word dictionary ships trimmed (below); idf, stop-word and user dictionaries are Gongwen's own.
    `${dict}/hmm_model.utf8`,
  ];
  const missing = [...files, `${dict}/jieba.dict.utf8`].filter((f) => !existsSync(join(from, f)));
  if (missing.length) {
    // The engine falls back to ICU segmentation, so a build without nodejieba still works.
    console.warn(`esbuild.mjs: nodejieba not copied (missing ${missing.join(', ')}); the ICU fallback will be used.`);
    return;
  }
  // The native module only serves GONGWEN_SEGMENTER=nodejieba: the default segmenter reads the dictionary files.
  const native = 'build/Release/nodejieba.node';
  if (existsSync(join(from, native))) files.push(native);
  else console.warn(`esbuild.mjs: ${native} missing; GONGWEN_SEGMENTER=nodejieba will fall back to ICU.`);
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(from, f), join(to, f));
  }
  const tool = createRequire(import.meta.url);
  const { trimDictionary, TRIMMED_NAME, PACK_NAME } = tool('./dist/tools/trim-dictionary.js');
  const { buildDictionaryPack } = tool('./dist/tools/dictionary-pack.js');
  const trimmed = trimDictionary(readFileSync(join(from, `${dict}/jieba.dict.utf8`), 'utf8'));
  writeFileSync(join(to, dict, TRIMMED_NAME), trimmed);
  writeFileSync(join(to, dict, PACK_NAME), buildDictionaryPack(trimmed, readFileSync(join(from, `${dict}/hmm_model.utf8`), 'utf8')));
}
