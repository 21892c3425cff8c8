import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { LoadedConfig, settingsForFile } from '../../engine';
import type { FileSettings } from '../../engine';
import { CONFIG_NAMES, findConfigFile, loadConfigFile } from '../../workspace/config-files';

/**
 * The workspace config (.gongwen.json/.yaml) of each document: found upward from the document's
 * folder to its workspace folder, loaded once until a watched-file event says it changed, and its
 * problems published as diagnostics on the config file itself.
 */
export class WorkspaceConfigs {
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly published = new Set<string>();
  private roots: string[] = [];
  /**
   * VS Code's workspace trust. In Restricted Mode a config's rule pack (提法, confusables, parts,
   * report types — content written by whoever made the repository) is not used; its rules, ignore
   * and ignoreFiles settings only quiet findings and still apply. Clients without trust are trusted.
   */
  private trusted = true;

  constructor(private readonly connection: Connection) {}

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  /** True when the document's config has a rule pack that Restricted Mode keeps from running. */
  packWithheld(uri: string): boolean {
    if (this.trusted) return false;
    const configFile = this.configFileFor(uri);
    const loaded = configFile ? this.loaded.get(configFile) : undefined;
    return !!loaded && Object.keys(loaded.config.pack).length > 0;
  }

  setWorkspaceFolders(uris: string[]): void {
    this.roots = uris.map(fsPath).filter((p): p is string => p !== undefined);
  }

  /** The workspace folders, as paths (检查工作区所有报告 walks them). */
  get folders(): readonly string[] {
    return this.roots;
  }

  /** Forget everything loaded (a config file was created, changed or deleted). */
  reset(): void {
    this.loaded.clear();
  }

  /** The config file a document uses, if any (for documents that are files). */
  configFileFor(uri: string): string | undefined {
    const file = fsPath(uri);
    return file ? findConfigFile(path.dirname(file), this.rootOf(file)) : undefined;
  }

  /** Where a new config file for the document goes: its workspace folder, else its own folder. */
  newConfigFileFor(uri: string): string | undefined {
    const file = fsPath(uri);
    return file ? path.join(this.rootOf(file) ?? path.dirname(file), '.gongwen.json') : undefined;
  }

  settingsFor(uri: string): FileSettings {
    const file = fsPath(uri);
    const configFile = this.configFileFor(uri);
    if (!file || !configFile) return settingsForFile(undefined, '');
    let loaded = this.loaded.get(configFile);
    if (!loaded) {
      loaded = loadConfigFile(configFile);
      this.loaded.set(configFile, loaded);
      this.publishProblems(loaded);
    }
    const settings = settingsForFile(loaded, file);
    return this.trusted ? settings : { ...settings, options: { ...settings.options, pack: undefined } };
  }

  private publishProblems(loaded: LoadedConfig): void {
    const uri = pathToFileURL(loaded.file).toString();
    if (!loaded.problems.length && !this.published.has(uri)) return;
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: Number.MAX_SAFE_INTEGER } },
      severity: p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: 'gongwen',
      code: 'config',
      message: p.severity === 'warning' ? p.message : `${p.message}（这一项未生效，其余规则照常检查）`,
    }));
    if (diagnostics.length) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private rootOf(file: string): string | undefined {
    return this.roots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  }
}

/** Whether a document is a workspace config file (.gongwen.json/.yaml/.yml). */
export function isConfigFile(uri: string): boolean {
  const file = fsPath(uri);
  return !!file && CONFIG_NAMES.includes(path.basename(file));
}

/**
 * The local path of a file: URI, or undefined for other schemes (untitled:, vscode-notebook-cell:, …)
 * and for file: URIs that name no local path (file://host/share on POSIX, encoded slashes): such
 * documents are checked without a workspace config.
 */
export function fsPath(uri: string): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
