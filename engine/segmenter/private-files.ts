import { createHash, randomBytes } from 'node:crypto';
// The segmenter's dictionary files are the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Files nodejieba reads, kept where no one else can change them. nodejieba's native loader aborts
 * the whole process on a missing or malformed file, so a predictable shared folder (/tmp/gongwen-…)
 * let anyone who created it first stop every run. Here the folder must be a real directory owned by
 * this user with no group/other access, files are written atomically under a name that carries the
 * hash of their content, and each is checked (owner, type, size, hash) right before it is loaded.
 */

/** A folder only this user can use: the user's cache folder, else one in the temp folder, else a fresh mkdtemp. */
export function privateFolder(log: (message: string) => void): string {
  const refused: string[] = [];
  for (const dir of candidates()) {
    const problem = makePrivate(dir);
    if (!problem) {
      if (refused.length) log(`gongwen: 分词词典改存于 ${dir}（${refused.join('；')}）。`);
      return dir;
    }
    refused.push(`${dir} ${problem}，未使用`);
  }
  // mkdtemp makes a new folder with a random name and mode 0700; it is removed when the process ends.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  log(`gongwen: 分词词典改存于临时文件夹 ${dir}（${refused.join('；')}）。`);
  return dir;
}

function candidates(): string[] {
  const home = os.homedir();
  const cache =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? process.env.LOCALAPPDATA
      : home
        ? path.join(home, process.platform === 'darwin' ? 'Library/Caches' : '.cache')
        : undefined);
  const user = process.getuid?.() ?? os.userInfo().username;
  return [...(cache && path.isAbsolute(cache) ? [path.join(cache, 'gongwen')] : []), path.join(os.tmpdir(), `gongwen-${user}`)];
}

/** Creates `dir` (mode 0700) or accepts it when it already is private to this user; else says why not. */
function makePrivate(dir: string): string | undefined {
  try {
    fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `无法创建（${(error as NodeJS.ErrnoException).code}）`;
  }
  const stat = fs.lstatSync(dir);
  return stat.isSymbolicLink()
    ? '是符号链接'
    : !stat.isDirectory()
      ? '不是文件夹'
      : notOwned(stat)
        ? `属于其他用户（uid ${stat.uid}）`
        : process.platform !== 'win32' && stat.mode & 0o077
          ? `权限过宽（${(stat.mode & 0o777).toString(8)}）`
          : undefined;
}

function notOwned(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  return uid !== undefined && stat.uid !== uid;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

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
  const temporary = path.join(dir, `.${stem}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temporary, bytes, { flag: 'wx', mode: 0o600 }); // wx: never through a planted file or link
  fs.renameSync(temporary, file);
  if (!isIntact(file, sha256(bytes))) throw new Error(`${file} 写入后校验失败`);
  return file;
}

/** A regular file of this user whose content hashes to `hash`. */
function isIntact(file: string, hash: string): boolean {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && !notOwned(stat) && stat.size > 0 && sha256(fs.readFileSync(file)) === hash;
  } catch {
    return false;
  }
}

/** Throws unless `file` is a non-empty regular file (a file of the installed package, loaded as is). */
export function assertLoadable(file: string): string {
  const stat = fs.statSync(file);
  if (!stat.isFile() || stat.size === 0) throw new Error(`${file} 不是非空的普通文件`);
  return file;
}
