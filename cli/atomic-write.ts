import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What a file was when it was read: enough to tell whether anyone changed it since. */
export interface Fingerprint {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  /** The bytes read (the decoded file keeps them anyway): compared whole before a write, no hash needed. */
  bytes: Buffer;
}

export function fingerprint(stat: fs.BigIntStats, bytes: Buffer): Fingerprint {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs, bytes };
}

/** A random name part for temporary files; node:crypto is loaded only when a file is written (~6 ms at start). */
function randomPart(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto).randomBytes(6).toString('hex');
}

/** A write that was not done on purpose, with the reason for the user; the file is untouched. */
export class WriteRefused extends Error {}

/**
 * Replaces a file's content atomically: a temporary file in the same folder (unique name, created
 * exclusively) gets the bytes, the file's mode and owner, and an fsync; then it is renamed over the
 * file, so a reader or a crash sees either the old or the new content, never a truncated one. The
 * file is not replaced if it changed since it was read (`readAs`), is marked read-only, or has more
 * hard links (a rename would detach them). On any failure the temporary file is removed.
 */
export function replaceFile(file: string, bytes: Buffer, readAs: Fingerprint): void {
  // Write through a symbolic link to its target instead of replacing the link with a file.
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target, { bigint: true });
  if (!stat.isFile()) throw new WriteRefused('已不是普通文件，未写回');
  if ((stat.mode & 0o222n) === 0n) throw new WriteRefused('文件是只读的，未写回');
  fs.accessSync(target, fs.constants.W_OK);
  if (stat.nlink > 1n) throw new WriteRefused('文件有多个硬链接，写回会断开它们，未写回');
  if (changedSince(target, stat, readAs)) throw new WriteRefused('读取后文件已被修改，未写回');
  const dir = path.dirname(target);
  const temp = path.join(dir, `.gongwen-${process.pid}-${randomPart()}.tmp`);
  const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
  try {
    try {
      keepOwnerAndMode(fd, stat);
      for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Checked again right before the rename: the check above ran before a possibly long write.
    if (changedSince(target, fs.statSync(target, { bigint: true }), readAs)) throw new WriteRefused('读取后文件已被修改，未写回');
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

function keepOwnerAndMode(fd: number, stat: fs.BigIntStats): void {
  const own = fs.fstatSync(fd, { bigint: true });
  if (own.uid !== stat.uid || own.gid !== stat.gid) {
    try {
      fs.fchownSync(fd, Number(stat.uid), Number(stat.gid));
    } catch {
      throw new WriteRefused('无法保留文件的所有者（需要相应权限），未写回');
    }
  }
  // After chown, which clears set-id bits.
  fs.fchmodSync(fd, Number(stat.mode & 0o7777n));
}

function changedSince(target: string, stat: fs.BigIntStats, readAs: Fingerprint): boolean {
  return (
    stat.dev !== readAs.dev ||
    stat.ino !== readAs.ino ||
    stat.size !== readAs.size ||
    stat.mtimeNs !== readAs.mtimeNs ||
    !fs.readFileSync(target).equals(readAs.bytes)
  );
}

/** Makes the rename itself durable; some file systems cannot sync a folder, which is no reason to fail. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort only.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes a new output file (an annotated copy, an export) atomically: a temporary file in the same
 * folder, fsynced, then renamed over the target, so the target is either absent, the old file, or
 * complete. Refuses to write over `notOver` (the input): the original is never modified.
 */
export function writeOutputFile(file: string, bytes: Buffer, notOver?: string): void {
  const dir = path.dirname(path.resolve(file));
  if (notOver && fs.existsSync(file) && fs.realpathSync(file) === fs.realpathSync(notOver)) {
    throw new WriteRefused('输出文件不能是原文件本身，原文件未改动');
  }
  const temp = path.join(dir, `.gongwen-${process.pid}-${randomPart()}.tmp`);
  const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
  try {
    try {
      for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}
