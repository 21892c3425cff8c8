import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_CONFIG_BYTES, parseConfig } from '../engine';
import type { LoadedConfig } from '../engine';

/**
 * Finding and reading workspace config files, shared by the CLI and the language server. A config
 * file is committed to repositories that other people open, so it is read as untrusted input: only
 * a regular file (a symlink is followed only to one), at most MAX_CONFIG_BYTES, strict UTF-8. The
 * engine (pure) parses and validates the text.
 */

/** Workspace config file names, in the order they are looked for. */
export const CONFIG_NAMES = ['.gongwen.json', '.gongwen.yaml', '.gongwen.yml'];

/** The nearest config file in `dir` or a folder above it, stopping at `stop` when given. */
export function findConfigFile(dir: string, stop?: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(current, name);
      if (exists(file)) return file;
    }
    if ((stop && path.resolve(stop) === current) || path.dirname(current) === current) return undefined;
  }
}

/** Reads and parses a config file; a file that cannot be read safely is one problem, and an empty config. */
export function loadConfigFile(file: string): LoadedConfig {
  const read = readConfigText(file);
  if ('problem' in read) {
    return { file, config: parseConfig('{}', file).config, problems: [{ line: 0, message: read.problem }] };
  }
  return { file, ...parseConfig(read.text, file) };
}

/**
 * The text of a config file, or why it was not read. Devices (/dev/zero, /dev/urandom), FIFOs and
 * sockets are refused before anything is read from them: lstat/stat first, then the opened
 * descriptor is checked again (the path may have been swapped in between). O_NONBLOCK keeps the
 * open of a FIFO from waiting for a writer.
 */
export function readConfigText(file: string): { text: string } | { problem: string } {
  let fd: number | undefined;
  try {
    const refused = notRegular(fs.statSync(file));
    if (refused) return { problem: `配置文件${refused}，未读取。` };
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
    const stat = fs.fstatSync(fd);
    const refusedNow = notRegular(stat);
    if (refusedNow) return { problem: `配置文件${refusedNow}，未读取。` };
    if (stat.size > MAX_CONFIG_BYTES) return { problem: tooLarge(stat.size) };
    // Read one byte more than allowed: a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_CONFIG_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = fs.readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > MAX_CONFIG_BYTES) return { problem: tooLarge(length) };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)).replace(/^\uFEFF/, '') };
    } catch {
      return { problem: '配置文件不是有效的 UTF-8 文本，未读取。请以 UTF-8 编码保存。' };
    }
  } catch (error) {
    return { problem: `无法读取配置文件：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return '是一个文件夹';
  if (stat.isFIFO()) return '是一个管道（FIFO），不是普通文件';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '指向设备文件，不是普通文件';
  return '不是普通文件';
}

function tooLarge(bytes: number): string {
  return `配置文件过大（${Math.ceil(bytes / 1024)} KB，上限 ${MAX_CONFIG_BYTES / 1024} KB），未读取。`;
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
