import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Documents whose opening text was not a string: kept so later events find them, never checked. */
const unreadable = new WeakSet<TextDocument>();

/**
 * How TextDocuments builds and updates documents, tolerant of what a client should never send but
 * might (a non-string text, uri or language, a change without text): such a document is tracked but
 * not checked, and a malformed change is skipped, so no notification can take the server down.
 */
export const tolerantDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, content) {
    const document = TextDocument.create(
      String(uri),
      typeof languageId === 'string' ? languageId : 'plaintext',
      Number.isInteger(version) ? version : 0,
      typeof content === 'string' ? content : '',
    );
    if (typeof content !== 'string' || typeof uri !== 'string') unreadable.add(document);
    return document;
  },
  update(document, changes, version) {
    const valid = Array.isArray(changes) ? changes.filter(isChange) : [];
    const updated = TextDocument.update(document, valid, Number.isInteger(version) ? version : document.version + 1);
    if (unreadable.has(document) || valid.length !== (Array.isArray(changes) ? changes.length : -1)) unreadable.add(updated);
    return updated;
  },
};

/** False for a document whose text the server cannot trust (see tolerantDocuments). */
export function isReadable(document: TextDocument): boolean {
  return !unreadable.has(document);
}

function isChange(change: TextDocumentContentChangeEvent): boolean {
  if (!change || typeof change.text !== 'string') return false;
  if (!('range' in change) || change.range === undefined) return true;
  const { start, end } = change.range ?? {};
  return isPosition(start) && isPosition(end);
}

function isPosition(p: unknown): boolean {
  const { line, character } = (p ?? {}) as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character);
}
