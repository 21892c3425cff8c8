import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as jsonc from 'jsonc-parser';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdit, yamlParser } from '../../engine';
import type { Finding } from '../../engine';
import { CONFIG_NAMES, readConfigText } from '../../workspace/config-files';
import { dictionaryChange } from './typo-actions';
import { fsPath } from './workspace-config';

/** Runs a config change chosen from a quick fix: arguments are one ConfigChange. */
export const SUPPRESS_COMMAND = 'gongwen.server.suppress';

/** Set `value` at `jsonPath` in the config file `file` (an index of -1 appends to an array). */
export interface ConfigChange {
  file: string;
  jsonPath: (string | number)[];
  value: unknown;
}

/**
 * 忽略此处 / 在本工作区忽略 / 关闭此规则 for a finding. In Markdown "here" is a
 * gongwen-disable-next-line comment; in .txt (no comments) it is an ignore entry for this file.
 * Config changes are commands, not precomputed edits: the edit is made when the user picks the fix,
 * against the config as it is then (see configEdit).
 */
export function suppressActions(
  document: TextDocument,
  finding: Finding,
  diagnostic: Diagnostic,
  configFile: string | undefined,
  newConfigFile: string | undefined,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const target = configFile ?? newConfigFile;
  const file = fsPath(document.uri);
  const change = (title: string, jsonPath: ConfigChange['jsonPath'], value: unknown) =>
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: SUPPRESS_COMMAND, arguments: [{ file: target!, jsonPath, value } satisfies ConfigChange] },
    });

  if (document.languageId === 'markdown') {
    actions.push({
      title: `忽略此处（${finding.rule}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [disableNextLine(document, finding)] } },
    });
  } else if (finding.text && target && file) {
    const relative = path.relative(path.dirname(target), file).split(path.sep).join('/');
    change(`忽略此处（${finding.rule}）`, ['ignore', -1], { rule: finding.rule, text: finding.text, files: [relative] });
  }
  const word = dictionaryChange(finding);
  if (word && target) change(word.title, word.jsonPath, word.value);
  if (finding.text && target) change(`在本工作区忽略“${finding.text}”`, ['ignore', -1], { rule: finding.rule, text: finding.text });
  if (target) change(`在本工作区关闭规则 ${finding.rule}`, ['rules', finding.rule], 'off');
  return actions;
}

function disableNextLine(document: TextDocument, finding: Finding): TextEdit {
  const line = finding.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t\u3000]*/.exec(text)![0];
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- gongwen-disable-next-line ${finding.rule} -->${eolOf(document.getText())}`,
  };
}

/**
 * The edit that makes a config change, or a reason it cannot be made. The edit is against the open
 * document when the config is open in the editor (its version pinned, so unsaved edits are kept and a
 * stale edit is refused), else against the file on disk, which is created when missing. Only the
 * changed span is replaced: comments, indentation, key order and line endings stay as they are.
 */
export function configEdit(
  change: ConfigChange,
  open: TextDocument | undefined,
): { edit: WorkspaceEdit; /** the config's text once the edit is applied */ text: string } | { problem: string } {
  const { file, jsonPath, value } = change;
  if (!CONFIG_NAMES.includes(path.basename(file))) return { problem: `“${file}”不是 Gongwen 配置文件。` };
  const uri = pathToFileURL(file).toString();
  if (!open && !fs.existsSync(file)) {
    const content = jsonText('{}\n', jsonPath, value)!; // '{}' always parses
    return {
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          textEdit(uri, null, '', [{ offset: 0, length: 0, newText: content }]),
        ],
      },
      text: content,
    };
  }
  let before: string;
  if (open) before = open.getText();
  else {
    const read = readConfigText(file);
    if ('problem' in read) return read;
    before = read.text;
  }
  const after = /\.ya?ml$/i.test(file) ? yamlText(before, jsonPath, value) : jsonText(before, jsonPath, value);
  if (after === undefined) return { problem: `${path.basename(file)} 有语法错误，请先修正后再用此快速修复。` };
  const edit = diffEdit(before, after);
  return { edit: { documentChanges: [textEdit(uri, open?.version ?? null, before, edit ? [edit] : [])] }, text: after };
}

/**
 * JSON with comments: jsonc-parser's `modify` without formatting gives the one insertion or
 * replacement; only that new text is then laid out (jsonc's formatter, in the file's indentation and
 * line ending). jsonc's own formatting would also re-lay the rest of the line it touches.
 */
function jsonText(before: string, jsonPath: ConfigChange['jsonPath'], value: unknown): string | undefined {
  const errors: jsonc.ParseError[] = [];
  jsonc.parse(before, errors, { allowTrailingComma: true });
  if (errors.length) return undefined;
  const edits = jsonc.modify(before, jsonPath, value, { isArrayInsertion: jsonPath.at(-1) === -1 });
  const changed = jsonc.applyEdits(before, edits);
  if (edits.length !== 1) return changed;
  const from = edits[0].offset;
  const to = from + edits[0].content.length;
  const indent = /^([ \t]+)\S/m.exec(before)?.[1] ?? '  ';
  const options = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: eolOf(before) };
  const layout = jsonc
    .format(changed, { offset: from, length: to - from }, options)
    .filter((e) => e.offset >= from && e.offset + e.length <= to);
  return jsonc.applyEdits(changed, layout);
}

/**
 * YAML through the yaml library's Document API, which keeps comments and layout; its output has LF
 * line endings, so a CRLF file gets CRLF back. diffEdit then keeps only the span that changed.
 */
function yamlText(before: string, jsonPath: ConfigChange['jsonPath'], value: unknown): string | undefined {
  const doc = yamlParser().parseDocument(before);
  if (doc.errors.length) return undefined;
  const [key, index] = jsonPath;
  if (index === -1) doc.addIn([key], value);
  else doc.setIn(jsonPath, value);
  const after = doc.toString();
  return eolOf(before) === '\r\n' ? after.replace(/\r?\n/g, '\r\n') : after;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function textEdit(
  uri: string,
  version: number | null,
  before: string,
  edits: { offset: number; length: number; newText: string }[],
): TextDocumentEdit {
  const document = TextDocument.create(uri, 'text', 0, before);
  return {
    textDocument: { uri, version },
    edits: edits.map((e) => ({
      range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
      newText: e.newText,
    })),
  };
}
