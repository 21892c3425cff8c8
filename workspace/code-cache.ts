import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { ownCacheFolder, readOwnFile, writeOwnFile } from './private-folder';

/** When a long-running process writes its cache: by then the first check has compiled what checks use. */
const WRITE_AFTER_MS = 3000;

/**
 * Loads a CommonJS bundle (dist/cli.js, dist/server.js) with a V8 code cache, the way Node 22's
 * module.enableCompileCache() does, for the Node 20 this project supports. Compiling the 2.4 MB bundle is
 * ~110 ms and ~20 MB of fresh memory on every run; from the cache ~35 ms (docs/notes/issue-19.md). The cache is
 * compiled code only, kept in this user's private cache folder (private-folder.ts: a planted cache would be
 * planted code), one per bundle and install folder, named by the bundle's size and CRC-32, Node's version and
 * the architecture; V8 itself refuses one made with other flags or a damaged one, and then it is made again.
 * GONGWEN_CODE_CACHE=0 turns it off (docs/cli.md).
 *
 * A production bundle is pure ASCII (esbuild.mjs), so it is read as Latin-1: Node's own loader decodes it as
 * UTF-8, ~20 ms more for the same string on this project's VMs.
 */
export function loadBundle(file: string): Record<string, unknown> {
  const bytes = fs.readFileSync(file);
  const source = Module.wrap(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'));
  const cacheFile = process.env.GONGWEN_CODE_CACHE === '0' ? undefined : cachePath(file, bytes);
  const cachedData = cacheFile ? readOwnFile(cacheFile.path) : undefined;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Made at exit, so the functions this run compiled lazily are in it too (a little faster than the top level
    // alone) — or a few seconds in, for a process that is killed rather than left (the language server).
    let written = false;
    const write = () => {
      if (!written) writeCache(cacheFile, script);
      written = true;
    };
    process.once('exit', write);
    setTimeout(write, WRITE_AFTER_MS).unref();
  }
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** Where the cache of `file` goes, and the stem its caches share (older builds of it are removed). */
function cachePath(file: string, bytes: Buffer): { path: string; stem: string } | undefined {
  try {
    const { dir } = ownCacheFolder();
    // The stem names the bundle and its folder: two installs (a global CLI, the extension's) keep a cache each
    // instead of replacing each other's on every run.
    const stem = `${path.basename(file, '.js')}.${crc32(path.dirname(path.resolve(file))).toString(16)}`;
    const name = `${stem}-${bytes.length}-${crc32(bytes).toString(16)}-${process.version}-${process.arch}.v8cache`;
    return dir ? { path: path.join(dir, name), stem } : undefined;
  } catch {
    return undefined; // no cache folder: compile as Node would
  }
}

/** Writes the cache atomically and drops the caches of other builds of the same bundle. Never throws: it is only a cache. */
function writeCache({ path: cacheFile, stem }: { path: string; stem: string }, script: vm.Script): void {
  try {
    writeOwnFile(cacheFile, script.createCachedData());
    const dir = path.dirname(cacheFile);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(`${stem}-`) && name.endsWith('.v8cache') && name !== path.basename(cacheFile))
        fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // not written: the next run compiles and tries again
  }
}
