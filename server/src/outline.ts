import { DocumentSymbol, FoldingRange, FoldingRangeKind, Range, SymbolKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Heading, ReportStructure } from '../../engine';
import type { ServerContext } from './analysis';

/** Outline (document symbols) and folding: the heading tree of the document's current session. */
export function registerOutline({ connection, documents, analysis }: ServerContext): void {
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    const session = document && (await analysis.sessionOf(document));
    return session ? toSymbols(document, session.structure()) : [];
  });
  connection.onFoldingRanges(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    const session = document && (await analysis.sessionOf(document));
    return session ? toFoldingRanges(session.structure()) : [];
  });
}

/** The heading tree as LSP symbols: name = the heading as written (一、基本情况), range = the whole section. */
export function toSymbols(document: TextDocument, structure: ReportStructure): DocumentSymbol[] {
  const convert = (h: Heading): DocumentSymbol => {
    const marker = h.marker?.text.trim() ?? '';
    const selectionStart = h.marker ? h.marker.offset : h.title.offset;
    return {
      name: `${marker}${h.title.text}` || '（无标题）',
      detail: '',
      kind: h.kind === 'item' ? SymbolKind.EnumMember : h.level <= 1 ? SymbolKind.Module : SymbolKind.Namespace,
      range: span(document, h.start, h.end),
      selectionRange: span(document, selectionStart, h.title.offset + h.title.length),
      children: h.children.map(convert),
    };
  };
  return structure.headings.map(convert);
}

/** One folding range per section that spans more than its heading line. */
export function toFoldingRanges(structure: ReportStructure): FoldingRange[] {
  return structure.all
    .filter((h) => h.endLine > h.line)
    .map((h) => ({ startLine: h.line, endLine: h.endLine, kind: FoldingRangeKind.Region }));
}

function span(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}
