import * as fs from 'node:fs';
import * as path from 'node:path';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Collected { files: string[]; problems: string[] }

/** Expands the command-line paths: files as given, directories recursively to their .txt/.md files. */
export function collectFiles(paths: string[]): Collected {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push(`${p}：文件或目录不存在`);
      continue;
    }
    if (stat.isDirectory()) walk(p, files);
    else files.push(p);
  }
  return { files, problems };
}

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
}

export function languageOf(file: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}
