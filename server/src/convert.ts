import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from '../../engine';
import type { Edit, Finding, Fix, Severity } from '../../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The extension's folder (the bundle runs from dist/), which ships docs/rules.md: rule links open the local copy. */
export const EXTENSION_ROOT = pathToFileURL(path.resolve(__dirname, '..')).href;

/** `uri`: the document's, for the places a finding compares with (shown as related information). */
export function toDiagnostic(finding: Finding, uri?: string): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(EXTENSION_ROOT, finding.rule) },
    source: 'gongwen',
    message: finding.message,
    ...(uri && finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) }
      : {}),
  };
}

export function toTextEdits(document: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) =>
    TextEdit.replace({ start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, e.newText),
  );
}

export function toCodeAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const edits = toTextEdits(document, fix.edits);
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.safe,
    edit: { changes: { [document.uri]: edits } },
  };
}

/** Same range and rule: how a diagnostic sent back by the client is matched to its finding. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
