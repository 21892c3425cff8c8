/** Word in and out (docs/word.md): bytes in, bytes out; the CLI and the server do the file system. */
export { readDocx, docxText } from './read';
export type { DocxDocument, DocxParagraph, TextPiece } from './read';
export { annotateDocx } from './annotate';
export type { Annotation, TrackedChange, AnnotateResult } from './annotate';
export { checkDocx, annotateFindings, commentText } from './check';
export type { AnnotateMode, DocxCheck } from './check';
export { exportDocx, layoutBlocks, splitTitle } from './export';
export { importDocx } from './import';
export type { Imported } from './import';
export { DocxError } from './zip';
