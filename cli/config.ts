import * as path from 'node:path';
import type { LoadedConfig } from '../engine';
import { findConfigFile, loadConfigFile } from '../workspace/config-files';

/** Finds and loads each file's .gongwen.json/.yaml once, and reports each config's problems once. */
export class ConfigCache {
  private readonly loaded = new Map<string, LoadedConfig>();
  /** Each folder's config file: looked up once per run, not once per report (three lstat calls per folder level). */
  private readonly fileOfFolder = new Map<string, string | undefined>();
  /** Errors in config files: those parts are left out (exit code 2). */
  readonly problems: string[] = [];
  /** Parts used in a changed way (a pack fix no longer safe): said, but not an error. */
  readonly notices: string[] = [];

  constructor(private readonly explicit?: string) {}

  forFile(file: string): LoadedConfig | undefined {
    const configFile = this.explicit ?? this.configFileIn(path.dirname(path.resolve(file)));
    if (!configFile) return undefined;
    let loaded = this.loaded.get(configFile);
    if (!loaded) {
      loaded = loadConfigFile(configFile);
      this.loaded.set(configFile, loaded);
      for (const p of loaded.problems)
        (p.severity === 'warning' ? this.notices : this.problems).push(`${configFile}:${p.line + 1}：${p.message}`);
    }
    return loaded;
  }

  private configFileIn(folder: string): string | undefined {
    if (!this.fileOfFolder.has(folder)) this.fileOfFolder.set(folder, findConfigFile(folder));
    return this.fileOfFolder.get(folder);
  }
}
