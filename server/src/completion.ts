import { CompletionItemKind } from 'vscode-languageserver/node';
import { complete } from '../../engine';
import type { ServerContext } from './analysis';

export const COMPLETION_TRIGGERS = ['、', '（'];

/** Heading numbers (the next 一、 or （二）) and standard 提法, from the engine's completion. */
export function registerCompletion({ connection, documents, analysis }: ServerContext): void {
  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const options = document && (await analysis.optionsFor(document));
    if (!document || !options) return [];
    const offset = document.offsetAt(position);
    return complete(document.getText(), offset, options.language!, analysis.segmenter()).map((c, i) => ({
      label: c.label,
      detail: c.detail,
      kind: c.kind === 'heading' ? CompletionItemKind.Enum : CompletionItemKind.Text,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: { start: document.positionAt(c.replaceFrom), end: position }, newText: c.insertText },
    }));
  });
}
