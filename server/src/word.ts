import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocxError, exportDocx, importDocx } from '../../docx';
import { writeOutputFile } from '../../cli/atomic-write';
import type { ExportResult, ImportResult } from '../../shared/protocol';
import type { ServerContext } from './analysis';
import { onRequest } from './protocol';

/** 导入 Word 文档 and 导出为公文格式 Word, done here with the docx/ layer so the client stays UI only. */
export function registerWordRequests({ connection, documents }: ServerContext): void {
  onRequest(connection, 'gongwen/importDocx', ({ uri }): ImportResult => {
    try {
      const file = fileURLToPath(uri);
      const { markdown, notes } = importDocx(fs.readFileSync(file));
      const target = freeName(file.replace(/\.docx$/i, ''), '.md');
      writeOutputFile(target, Buffer.from(markdown, 'utf8'), file);
      return { uri: pathToFileURL(target).toString(), notes };
    } catch (error) {
      return { notes: [], error: error instanceof DocxError ? error.message : String((error as Error).message ?? error) };
    }
  });
  onRequest(connection, 'gongwen/exportDocx', ({ textDocument, target }): ExportResult => {
    try {
      const document = documents.get(textDocument.uri);
      const text = document ? document.getText() : fs.readFileSync(fileURLToPath(textDocument.uri), 'utf8');
      const file = fileURLToPath(target);
      writeOutputFile(file, exportDocx(text));
      return { uri: pathToFileURL(file).toString() };
    } catch (error) {
      return { error: String((error as Error).message ?? error) };
    }
  });
}

/** report.md, or report (2).md when that exists: an import never overwrites a file. */
function freeName(base: string, ext: string): string {
  let name = base + ext;
  for (let n = 2; fs.existsSync(name); n++) name = `${base} (${n})${ext}`;
  return path.resolve(name);
}
