// The user's own cache folder, for files whose content decides what code runs (nodejieba's dictionaries, the
// CLI's V8 code cache): a predictable shared folder (/tmp/gongwen-…) would let anyone who made it first plant them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The first folder only this user can use — the user's cache folder, else one in the temp folder — made when
 * missing; `refused` says why earlier ones were not taken.
 */
export function ownCacheFolder(): { dir?: string; refused: string[] } {
  const refused: string[] = [];
  for (const dir of candidates()) {
    const problem = makePrivate(dir);
    if (!problem) return { dir, refused };
    refused.push(`${dir} ${problem}，未使用`);
  }
  return { refused };
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

/** The bytes of `file` when it is a regular file of this user (not a link), else undefined. */
export function readOwnFile(file: string): Buffer | undefined {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && !notOwned(stat) ? fs.readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `bytes` to `file` in a private folder atomically: an exclusive temporary file beside it (never
 * through a planted file or link; named per thread too, as the pool's workers share the process id), then a
 * rename. Throws on failure, with its own temporary file removed.
 */
export function writeOwnFile(file: string, bytes: Uint8Array): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx', mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch (error) {
    // EEXIST: another's file, not ours to remove; anything else (a full disk) may have left a part of ours.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(temporary, { force: true });
    throw error;
  }
}
