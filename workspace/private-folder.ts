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

export function notOwned(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  return uid !== undefined && stat.uid !== uid;
}
