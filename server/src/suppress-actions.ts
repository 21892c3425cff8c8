import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as jsonc from 'jsonc-parser';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import type { Finding } from '../../engine';
import { fsPath } from './workspace-config';

/**
 * 忽略此处 / 在本工作区忽略 / 关闭此规则 for a finding. In Markdown "here" is a
 * gongwen-disable-next-line comment; in .txt (no comments) it is an ignore entry for this file.
 * Workspace changes go into the .gongwen.json/.yaml as edits the user sees and can undo.
 */
export function suppressActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic,
  configFile: string | undefined, newConfigFile: string | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const action = (title: string, edit: WorkspaceEdit | undefined) => {
    if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
  };
  const target = configFile ?? newConfigFile;
  const file = fsPath(document.uri);

  if (document.languageId === 'markdown') {
    action(`忽略此处（${finding.rule}）`, { changes: { [document.uri]: [disableNextLine(document, finding)] } });
  } else if (finding.text && target && file) {
    const relative = path.relative(path.dirname(target), file).split(path.sep).join('/');
    action(`忽略此处（${finding.rule}）`, configEdit(target, ['ignore', -1], { rule: finding.rule, text: finding.text, files: [relative] }));
  }
  if (finding.text && target) {
    action(`在本工作区忽略“${finding.text}”`, configEdit(target, ['ignore', -1], { rule: finding.rule, text: finding.text }));
  }
  if (target) action(`在本工作区关闭规则 ${finding.rule}`, configEdit(target, ['rules', finding.rule], 'off'));
  return actions;
}

function disableNextLine(document: TextDocument, finding: Finding): TextEdit {
  const line = finding.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t\u3000]*/.exec(text)![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- gongwen-disable-next-line ${finding.rule} -->${eol}`,
  };
}

/** An edit that sets `value` at `jsonPath` in the config file, creating the file when needed. */
function configEdit(file: string, jsonPath: (string | number)[], value: unknown): WorkspaceEdit | undefined {
  const uri = pathToFileURL(file).toString();
  if (!fs.existsSync(file)) {
    const content = applyJson('{}', jsonPath, value);
    return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, whole(uri, '', content)] };
  }
  const before = fs.readFileSync(file, 'utf8');
  if (/\.ya?ml$/i.test(file)) {
    const doc = parseDocument(before);
    if (doc.errors.length) return undefined; // never rewrite a file we cannot read back
    const [key, index] = jsonPath;
    if (index === -1) doc.addIn([key], value); else doc.setIn(jsonPath, value);
    return { documentChanges: [whole(uri, before, doc.toString())] };
  }
  const errors: jsonc.ParseError[] = [];
  jsonc.parse(before, errors, { allowTrailingComma: true });
  if (errors.length) return undefined;
  const edits = jsonc.modify(before, jsonPath, value, { formattingOptions: { insertSpaces: true, tabSize: 2 }, isArrayInsertion: jsonPath.at(-1) === -1 });
  const document = TextDocument.create(uri, 'json', 0, before);
  return {
    documentChanges: [{
      textDocument: { uri, version: null },
      edits: edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.content })),
    }],
  };
}

function applyJson(text: string, jsonPath: (string | number)[], value: unknown): string {
  const edits = jsonc.modify(text, jsonPath, value, { formattingOptions: { insertSpaces: true, tabSize: 2 }, isArrayInsertion: jsonPath.at(-1) === -1 });
  return jsonc.applyEdits(text, edits) + '\n';
}

function whole(uri: string, before: string, after: string) {
  const document = TextDocument.create(uri, 'text', 0, before);
  return {
    textDocument: { uri, version: null },
    edits: [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(before.length) }, newText: after }],
  };
}
