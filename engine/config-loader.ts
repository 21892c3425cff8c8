import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { ConfigProblem, GongwenConfig, parseConfig } from './config';
import type { CheckOptions, SeveritySetting } from './types';

/** Workspace config file names, in the order they are looked for. */
export const CONFIG_NAMES = ['.gongwen.json', '.gongwen.yaml', '.gongwen.yml'];

export interface LoadedConfig { file: string; config: GongwenConfig; problems: ConfigProblem[] }

/** The nearest config file in `dir` or a folder above it, stopping at `stop` when given. */
export function findConfigFile(dir: string, stop?: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(current, name);
      if (fs.existsSync(file)) return file;
    }
    if ((stop && path.resolve(stop) === current) || path.dirname(current) === current) return undefined;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const empty = parseConfig('{}', file).config;
    return { file, config: empty, problems: [{ line: 0, message: `无法读取配置文件：${(error as Error).message}` }] };
  }
  return { file, ...parseConfig(text, file) };
}

export interface FileSettings {
  /** The file matches `ignoreFiles`: not checked at all. */
  skip: boolean;
  options: Pick<CheckOptions, 'ignore' | 'pack' | 'reportType'> & { rules: Record<string, SeveritySetting> };
}

/** What a config says for one file: its globs are relative to the config file's folder. */
export function settingsForFile(loaded: LoadedConfig | undefined, file: string): FileSettings {
  if (!loaded) return { skip: false, options: { rules: {} } };
  const { config } = loaded;
  const relative = path.relative(path.dirname(loaded.file), path.resolve(file)).split(path.sep).join('/');
  const matches = (globs: string[]) => globs.some((g) => minimatch(relative, g, { dot: true, matchBase: !g.includes('/') }));
  return {
    skip: matches(config.ignoreFiles),
    options: {
      rules: config.rules,
      ignore: config.ignore.filter((i) => !i.files || matches(i.files)).map(({ rule, text }) => ({ rule, text })),
      pack: config.pack,
      reportType: config.reportType,
    },
  };
}
