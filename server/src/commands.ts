import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { check, diffEdit, fixAll, rules } from '../../engine';
import type { ReviewCategoryId } from '../../engine';
import type { ServerContext } from './analysis';
import { toTextEdits } from './convert';
import { FIX_CATEGORY, fixCategory } from './review';
import { ConfigChange, configEdit, SUPPRESS_COMMAND } from './suppress-actions';

const INSERT_SECTION = 'gongwen.server.insertSection';
const RENUMBER = 'gongwen.server.renumber';
export const SERVER_COMMANDS = [INSERT_SECTION, RENUMBER, SUPPRESS_COMMAND, FIX_CATEGORY];

/** The server's commands: each edits the document (or the config) as it is when the command runs. */
export function registerCommands(context: ServerContext): void {
  context.connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === RENUMBER && args) return renumber(context, args[0] as string);
    if (command === INSERT_SECTION && args) return insertSection(context, args[0] as string, args[1] as string);
    if (command === SUPPRESS_COMMAND && args) return changeConfig(context, args[0] as ConfigChange);
    if (command === FIX_CATEGORY && args) return fixCategory(context, args[0] as string, args[1] as ReviewCategoryId);
    return undefined;
  });
}

/** A 忽略/关闭规则 quick fix, made now against the config as it is now (open in the editor or on disk). */
async function changeConfig({ connection, documents, configs, analysis }: ServerContext, change: ConfigChange): Promise<boolean> {
  const open = typeof change?.file === 'string' ? documents.get(pathToFileURL(change.file).toString()) : undefined;
  const result = configEdit(change, open);
  if ('problem' in result) {
    void connection.window.showWarningMessage(result.problem);
    return false;
  }
  const { applied } = await connection.workspace.applyEdit({ label: '修改 Gongwen 配置', edit: result.edit });
  // The client's file watcher covers the workspace folders only: a report outside them (its config in its own
  // folder) would keep its findings until a restart. The editor may answer before its save reaches the disk,
  // so the configs are re-read once the file holds the new text (or, if it is kept open unsaved, after a while).
  if (applied) {
    if (!open) await untilFileHolds(change.file, result.text, CONFIG_SAVE_WAIT_MS);
    configs.reset();
    analysis.invalidate();
  }
  return applied;
}

/** How long a quick fix waits for the editor to write the changed config. */
const CONFIG_SAVE_WAIT_MS = 3000;

async function untilFileHolds(file: string, text: string, waitMs: number): Promise<void> {
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    try {
      if (fs.readFileSync(file, 'utf8') === text) return;
    } catch {
      // not there yet
    }
  }
}

async function insertSection({ connection, documents, analysis }: ServerContext, uri: string, partId: string): Promise<boolean> {
  const document = documents.get(uri);
  const session = document && (await analysis.sessionOf(document, true));
  const part = session?.summary().parts.find((p) => p.id === partId);
  if (!document || !part?.insert) return false;
  const edit = { changes: { [uri]: toTextEdits(document, part.insert) } };
  return (await connection.workspace.applyEdit({ label: `插入“${part.name}”部分`, edit })).applied;
}

/** 重新编号: every safe heading-numbering fix (numbers in sequence, GB/T 9704 forms), as one edit. */
async function renumber({ connection, documents, analysis }: ServerContext, uri: string): Promise<number> {
  const document = documents.get(uri);
  const options = document && (await analysis.optionsFor(document, true));
  if (!document || !options) return 0;
  const only = {
    ...options,
    rules: Object.fromEntries(rules.filter((r) => r.id !== 'heading-numbering').map((r) => [r.id, 'off' as const])),
  };
  const before = document.getText();
  const { text, fixed } = fixAll(before, (t) => check(t, only));
  const edit = diffEdit(before, text);
  if (edit) await connection.workspace.applyEdit({ label: '重新编号', edit: { changes: { [uri]: toTextEdits(document, [edit]) } } });
  return fixed;
}
