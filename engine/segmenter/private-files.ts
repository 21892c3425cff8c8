import type * as Crypto from 'node:crypto';
// The segmenter's dictionary files are the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ownCacheFolder, readOwnFile, writeOwnFile } from '../../workspace/private-folder';

/**
 * Files nodejieba reads, kept where no one else can change them. nodejieba's native loader aborts
 * the whole process on a missing or malformed file, so a predictable shared folder (/tmp/gongwen-…)
 * let anyone who created it first stop every run. Here the folder must be a real directory owned by
 * this user with no group/other access, files are written atomically under a name that carries the
 * hash of their content, and each is checked (owner, type, size, hash) right before it is loaded.
 */

/** A folder only this user can use (workspace/private-folder.ts), else a fresh mkdtemp for this process. */
export function privateFolder(log: (message: string) => void): string {
  const { dir, refused } = ownCacheFolder();
  if (dir) {
    if (refused.length) log(`gongwen: 分词词典改存于 ${dir}（${refused.join('；')}）。`);
    return dir;
  }
  // mkdtemp makes a new folder with a random name and mode 0700; it is removed when the process ends.
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-'));
  process.once('exit', () => fs.rmSync(temporary, { recursive: true, force: true }));
  log(`gongwen: 分词词典改存于临时文件夹 ${temporary}（${refused.join('；')}）。`);
  return temporary;
}

// node:crypto only when nodejieba's files are used (GONGWEN_SEGMENTER=nodejieba): ~6 ms of every start otherwise.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const crypto = () => require('node:crypto') as typeof Crypto;
const sha256 = (bytes: Buffer | string) => crypto().createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * `<stem>-<hash of inputs>-<hash of content>.utf8` in `dir`: reused when a verified one is there,
 * else made by `content()` (called only then: trimming the dictionary takes a second) and written
 * atomically. `inputs` is everything the content depends on, so changed inputs get a new file.
 */
export function verifiedFile(dir: string, stem: string, inputs: string, content: () => string): string {
  const prefix = `${stem}-${sha256(inputs)}-`;
  for (const name of fs.readdirSync(dir)) {
    const hash = name.startsWith(prefix) && name.endsWith('.utf8') ? name.slice(prefix.length, -'.utf8'.length) : '';
    if (hash && isIntact(path.join(dir, name), hash)) return path.join(dir, name);
  }
  const bytes = Buffer.from(content(), 'utf8');
  const file = path.join(dir, `${prefix}${sha256(bytes)}.utf8`);
  writeOwnFile(file, bytes);
  if (!isIntact(file, sha256(bytes))) throw new Error(`${file} 写入后校验失败`);
  return file;
}

/** A non-empty regular file of this user whose content hashes to `hash`. */
function isIntact(file: string, hash: string): boolean {
  const bytes = readOwnFile(file);
  return !!bytes?.length && sha256(bytes) === hash;
}

/** Throws unless `file` is a non-empty regular file (a file of the installed package, loaded as is). */
export function assertLoadable(file: string): string {
  const stat = fs.statSync(file);
  if (!stat.isFile() || stat.size === 0) throw new Error(`${file} 不是非空的普通文件`);
  return file;
}
