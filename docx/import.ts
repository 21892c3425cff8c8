import { readDocx } from './read';

export interface Imported {
  markdown: string;
  /** What could not be carried over, for the user. */ notes: string[];
}

/**
 * A .docx as an editable Markdown report: paragraphs as they read (Word's automatic numbering
 * written out, so headings carry their 公文 numbering 一、（一）1.), tables as Markdown tables.
 */
export function importDocx(bytes: Buffer): Imported {
  const doc = readDocx(bytes);
  const blocks: string[] = [];
  const notes = [...doc.omitted];
  let table: { index: number; rows: string[][] } | undefined;
  const flush = () => {
    if (!table) return;
    const columns = Math.max(...table.rows.map((r) => r.length));
    const row = (cells: string[]) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    blocks.push([row(table.rows[0]), row(Array(columns).fill('---')), ...table.rows.slice(1).map(row)].join('\n'));
    table = undefined;
  };
  let merged = false;
  for (const p of doc.paragraphs) {
    const text = p.text.replace(/\t/g, ' ').trim();
    if (p.cell) {
      if (table && table.index !== p.cell.table) flush();
      table ??= { index: p.cell.table, rows: [] };
      const row = (table.rows[p.cell.row] ??= []);
      if (row[p.cell.col] !== undefined && text) merged = true;
      row[p.cell.col] = row[p.cell.col] ? `${row[p.cell.col]} ${text}` : text;
      continue;
    }
    flush();
    if (text) blocks.push(text);
  }
  flush();
  if (merged) notes.push('表格单元格中的分段（已并为一行）');
  if (/<w:(?:vMerge|gridSpan)\b/.test(doc.xml)) notes.push('合并的表格单元格');
  if (doc.entries.has('word/comments.xml')) notes.push('批注');
  if (/<w:(?:ins|del)\b/.test(doc.xml)) notes.push('修订记录（已按接受修订后的文字导入）');
  notes.push('字体、字号和版式');
  for (let i = 0; i < blocks.length; i++) if (!blocks[i]) blocks.splice(i--, 1);
  return { markdown: blocks.join('\n\n') + '\n', notes };
}
