import * as zlib from 'node:zlib';

/**
 * A small synchronous ZIP reader/writer for .docx packages (Office Open XML). Synchronous so the CLI
 * and the server can use it without turning their call paths async, and raw so an annotated copy
 * keeps every part it does not touch byte for byte (the compressed data is copied, not re-encoded).
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  /** The compressed bytes as stored. */
  raw: Buffer;
}

export class DocxError extends Error {}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

/** Reads a ZIP archive's entries from its central directory; throws DocxError with a reader-facing message. */
export function readZip(bytes: Buffer): Map<string, ZipEntry> {
  // Encrypted Office documents are not ZIP archives but OLE compound files (like .doc).
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) {
    throw new DocxError('文档受密码保护（或是旧版 .doc 格式），无法读取；请去掉密码或另存为 .docx 后再检查');
  }
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== SIG_LOCAL) throw new DocxError('不是有效的 .docx 文档（文件已损坏或不是 Word 文档）');
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DocxError('.docx 文档不完整（缺少 ZIP 目录，文件可能已损坏）');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== SIG_CENTRAL) throw new DocxError('.docx 文档的 ZIP 目录已损坏');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1) throw new DocxError('文档受密码保护，无法读取；请去掉密码后再检查');
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== SIG_LOCAL) throw new DocxError('.docx 文档的 ZIP 数据已损坏');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const compressedSize = bytes.readUInt32LE(at + 20);
    if (dataStart + compressedSize > bytes.length) throw new DocxError('.docx 文档被截断（文件不完整）');
    entries.set(name, {
      name,
      method,
      crc: bytes.readUInt32LE(at + 16),
      compressedSize,
      size: bytes.readUInt32LE(at + 24),
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed content of one entry. */
export function entryData(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8) {
    try {
      return zlib.inflateRawSync(entry.raw);
    } catch {
      throw new DocxError(`.docx 文档中的 ${entry.name} 已损坏，无法解压`);
    }
  }
  throw new DocxError(`.docx 文档中的 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
}

export function entryText(entries: Map<string, ZipEntry>, name: string): string | undefined {
  const entry = entries.get(name);
  return entry ? entryData(entry).toString('utf8') : undefined;
}

/** A new (deflated) entry. The date is fixed (1980-01-01) so the same input gives the same bytes. */
export function makeEntry(name: string, data: Buffer | string): ZipEntry {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const raw = zlib.deflateRawSync(buffer);
  return { name, method: 8, crc: crc32(buffer), compressedSize: raw.length, size: buffer.length, time: 0, date: 0x21, raw };
}

/** Writes the entries in order; each keeps its stored bytes. */
export function writeZip(entries: Iterable<ZipEntry>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(e.time, 12);
    central.writeUInt16LE(e.date, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.compressedSize, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.raw);
    centrals.push(central, name);
    offset += 30 + name.length + e.raw.length;
    count++;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

let table: Uint32Array | undefined;

function crc32(data: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
