import { SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ReportStructure } from '../../engine';
import type { ServerContext } from './analysis';

/** Plain-text reports get highlighting too: headings, 主送机关, 结束语, 成文日期 and placeholders. */
export const legend: SemanticTokensLegend = {
  tokenTypes: ['gongwenHeading', 'gongwenAddressee', 'gongwenClosing', 'gongwenDate', 'gongwenPlaceholder'],
  tokenModifiers: [],
};

export function registerSemanticTokens({ connection, documents, analysis }: ServerContext): void {
  connection.languages.semanticTokens.on(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    const session = document && (await analysis.sessionOf(document));
    // Markdown has its own highlighting; plain text and the gongwen language get ours.
    if (!document || !session || session.options.language === 'markdown') return { data: [] };
    return semanticTokens(document, session.structure(), await analysis.findingsOf(document));
  });
}

export function semanticTokens(document: TextDocument, structure: ReportStructure, findings: Finding[]) {
  const spans: [number, number, number][] = []; // offset, length, type
  for (const h of structure.all) {
    if (h.kind !== 'heading') continue;
    const start = h.marker?.offset ?? h.title.offset;
    spans.push([start, h.title.offset + h.title.length - start, 0]);
  }
  for (const [part, type] of [
    [structure.addressee, 1],
    [structure.closing, 2],
    [structure.date, 3],
  ] as const) {
    if (part) spans.push([part.offset, part.length, type]);
  }
  for (const f of findings) if (f.rule === 'placeholder') spans.push([f.offset, f.length, 4]);
  spans.sort((a, b) => a[0] - b[0]);
  const builder = new SemanticTokensBuilder();
  let end = 0;
  for (const [offset, length, type] of spans) {
    if (offset < end || length <= 0) continue; // tokens may not overlap; a placeholder inside a heading stays heading
    const start = document.positionAt(offset);
    const stop = document.positionAt(offset + length);
    if (start.line !== stop.line) continue; // tokens are single-line
    builder.push(start.line, start.character, stop.character - start.character, type, 0);
    end = offset + length;
  }
  return builder.build();
}
