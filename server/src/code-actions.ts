import { CodeAction, CodeActionKind, CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, diffEdit, fixAll } from '../../engine';
import type { ServerContext } from './analysis';
import { sameDiagnostic, toCodeAction, toDiagnostic, toTextEdits } from './convert';
import { suppressActions } from './suppress-actions';

/** `source.fixAll.gongwen`, so editor.codeActionsOnSave can run it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Quick fixes (the finding's own fixes, then 忽略/关闭规则) and the whole document's safe fixes. */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(async (params) => {
    const document = context.documents.get(params.textDocument.uri);
    if (!document) return [];
    const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...(await quickFixes(context, document, params)));
    if (params.context.only && wants(FIX_ALL_KIND)) {
      const all = await fixAllAction(context, document);
      if (all) actions.push(all);
    }
    return actions;
  });
}

async function quickFixes(context: ServerContext, document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
  const findings = await context.analysis.findingsOf(document);
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const touches = (from: number, to: number) => from <= end && to >= start;
  for (const finding of findings) {
    if (!touches(finding.offset, finding.offset + finding.length)) {
      // A grouped fix (本文有 30 处半角逗号) has one diagnostic, at its first mark; offer it at each of its marks.
      for (const fix of finding.fixes) {
        if (fix.count && fix.edits.some((e) => touches(e.offset, e.offset + e.length)))
          actions.push(toCodeAction(document, fix, toDiagnostic(finding)));
      }
      continue;
    }
    const diagnostic = params.context.diagnostics.find((d) => sameDiagnostic(d, toDiagnostic(finding))) ?? toDiagnostic(finding);
    for (const fix of finding.fixes) actions.push(toCodeAction(document, fix, diagnostic));
    actions.push(
      ...suppressActions(
        document,
        finding,
        diagnostic,
        context.configs.configFileFor(document.uri),
        context.configs.newConfigFileFor(document.uri),
      ),
    );
  }
  return actions;
}

/** Every safe fix of the document in one edit (several rounds when fixes overlapped). */
async function fixAllAction(context: ServerContext, document: TextDocument): Promise<CodeAction | undefined> {
  const options = await context.analysis.optionsFor(document);
  if (!options) return undefined;
  const before = document.getText();
  const { text, fixed } = fixAll(before, (t) => check(t, options));
  const edit = diffEdit(before, text);
  if (!edit) return undefined;
  return {
    title: `修复所有安全问题（${fixed} 处）`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: toTextEdits(document, [edit]) } },
  };
}
