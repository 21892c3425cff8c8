import * as fs from 'node:fs';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding }
  | { kind: 'binary' };

/**
 * Reads a report file. UTF-8 (with or without BOM) is the norm; files saved by Chinese Windows
 * tools are often GB18030/GBK, and some UTF-16 — those are decoded too and written back the same
 * way. A file with NUL bytes that is not UTF-16 is binary and not checked.
 */
export function readReport(file: string): ReadResult {
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'binary' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { kind: 'text', text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK and GB2312) decodes any byte sequence, so make sure it reads as Chinese.
    const text = new TextDecoder('gb18030').decode(bytes);
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const replaced = text.split('\uFFFD').length - 1;
    return han > replaced * 4 && han > 0 ? { kind: 'text', text, encoding: 'gb18030' } : { kind: 'binary' };
  }
}

/** Writes text back in the encoding it was read in. */
export function writeReport(file: string, text: string, encoding: Encoding): void {
  const bytes = encoding === 'gb18030' ? iconv.encode(text, 'gb18030')
    : encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      : Buffer.from((encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, 'utf8');
  fs.writeFileSync(file, bytes);
}
