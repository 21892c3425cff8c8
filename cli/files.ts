import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError } from './fs-errors';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.docx']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Collected {
  files: string[];
  problems: string[];
}

/**
 * Expands the command-line paths: files as given, directories recursively to their .txt/.md/.docx files.
 * A path or folder that cannot be read becomes one problem line; the rest is still collected.
 */
export function collectFiles(paths: string[]): Collected {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push(`${p}：${isDanglingLink(p) ? '符号链接指向的文件不存在' : describeError(error)}`);
      continue;
    }
    if (stat.isDirectory()) walk(p, files, problems);
    else files.push(p);
  }
  return { files, problems };
}

function isDanglingLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function walk(dir: string, out: string[], problems: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(`${dir}：无法读取目录（${describeError(error)}）`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full, out, problems);
    } else if (entry.isFile() && !entry.name.startsWith('~$') && REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
}

export function languageOf(file: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}
