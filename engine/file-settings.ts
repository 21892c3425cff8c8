import * as path from 'node:path';
import type { ConfigProblem, GongwenConfig } from './config';
import { matchesGlobs } from './globs';
import type { CheckOptions } from './options';
import type { SeveritySetting } from './types';

/** A config file and what it says (read by workspace/config-files.ts, parsed by config.ts). */
export interface LoadedConfig {
  file: string;
  config: GongwenConfig;
  problems: ConfigProblem[];
}

export interface FileSettings {
  /** The file matches `ignoreFiles`: not checked at all. */
  skip: boolean;
  options: Pick<CheckOptions, 'ignore' | 'pack' | 'reportType' | 'dateMode' | 'ruleOptions'> & { rules: Record<string, SeveritySetting> };
}

/** What a config says for one file: its globs are relative to the config file's folder. */
export function settingsForFile(loaded: LoadedConfig | undefined, file: string): FileSettings {
  if (!loaded) return { skip: false, options: { rules: {} } };
  const { config } = loaded;
  const relative = path.relative(path.dirname(loaded.file), path.resolve(file)).split(path.sep).join('/');
  const matches = (globs: string[]) => matchesGlobs(globs, relative);
  return {
    skip: matches(config.ignoreFiles),
    options: {
      rules: config.rules,
      ignore: config.ignore.filter((i) => !i.files || matches(i.files)).map(({ rule, text }) => ({ rule, text })),
      pack: config.pack,
      reportType: config.reportType,
      // The globs say what a file is (an archived report, a draft): they win over the general mode.
      dateMode: matches(config.draftFiles) ? 'draft' : matches(config.archiveFiles) ? 'archive' : config.dateMode,
      ruleOptions: config.ruleOptions,
    },
  };
}
