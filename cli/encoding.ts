import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { diffEdit } from '../engine';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Stands in the text for each run of bytes that are not valid in the file's encoding. */
export const PLACEHOLDER = '\uFFFD';

/**
 * A decoded file that can be encoded back without losing a byte: every span of the text that an
 * edit did not touch is written as the very bytes it was read from — including invalid byte runs,
 * which read as one PLACEHOLDER each.
 */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** How many runs of invalid bytes the text holds as PLACEHOLDERs. */
  invalidRuns: number;
  /** The bytes of `newText`; throws PlaceholderEditError when an edit added or removed a PLACEHOLDER. */
  encode(newText: string): Buffer;
}

export class PlaceholderEditError extends Error {}

/** A byte range of the file. Valid ranges also carry their text, which never contains PLACEHOLDER. */
interface Range {
  start: number;
  end: number;
}

/** What a codec finds in a byte range: valid runs (which decode and encode back exactly) between invalid runs. */
interface Scan {
  valid: Range[];
  invalid: Range[];
  multibyte: number;
}

interface Codec {
  scan(bytes: Buffer, start: number): Scan;
  decode(bytes: Buffer): string;
  encode(text: string): Buffer;
}

const BOMS: { encoding: Encoding; bytes: number[] }[] = [
  { encoding: 'utf-8-bom', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Decodes a report file, or returns undefined for a file that is not text. A BOM decides the
 * encoding. Otherwise strict validation does: valid UTF-8 is UTF-8; "mostly UTF-8" (at least four
 * well-formed multi-byte characters per invalid run, or under 1% invalid bytes when the file does not
 * read as GB18030 Chinese) is UTF-8 with its bad bytes kept; what reads as Chinese in GB18030
 * (a superset of GBK and GB2312) is GB18030. A file with NUL bytes and no UTF-16 BOM is binary.
 */
export function decodeReport(bytes: Buffer): Decoded | undefined {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return decodeWith(bytes, bom.encoding, bom.bytes.length);
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  // Valid UTF-8, the usual case, is one valid run: the native check is ~50× faster than the scan below.
  if (isUtf8(bytes))
    return decodeWith(bytes, 'utf-8', 0, { valid: bytes.length ? [{ start: 0, end: bytes.length }] : [], invalid: [], multibyte: 0 });
  const utf8 = CODECS['utf-8'].scan(bytes, 0);
  const utf8Runs = utf8.invalid.length;
  if (utf8Runs === 0 || utf8.multibyte >= 4 * utf8Runs) return decodeWith(bytes, 'utf-8', 0, utf8);
  const gb = decodeWith(bytes, 'gb18030', 0);
  // Han code units, counted without building a match array (slow and large on a 10 MB file).
  const han = gb.text.replace(/\P{Script=Han}+/gu, '').length;
  if (han > 0 && han > 4 * gb.invalidRuns) return gb;
  if (sizeOf(utf8.invalid) * 100 < bytes.length) return decodeWith(bytes, 'utf-8', 0, utf8);
  return undefined;
}

function sizeOf(ranges: Range[]): number {
  return ranges.reduce((sum, r) => sum + r.end - r.start, 0);
}

function decodeWith(bytes: Buffer, encoding: Encoding, bomLength: number, scanned?: Scan): Decoded {
  const codec = CODECS[encoding];
  const { valid, invalid } = scanned ?? codec.scan(bytes, bomLength);
  // Marks: the byte ranges that read as PLACEHOLDER — invalid runs and genuine U+FFFD characters.
  // Segments: the valid text between them, so that the k-th PLACEHOLDER of an edited text still
  // stands for the k-th mark.
  const marks: Range[] = [];
  const segments: (Range & { text: string })[] = [];
  let segmentStart = bomLength;
  let segmentText = '';
  const endSegment = (end: number) => segments.push({ start: segmentStart, end, text: segmentText });
  let i = 0;
  let j = 0;
  while (i < valid.length || j < invalid.length) {
    if (j >= invalid.length || (i < valid.length && valid[i].start < invalid[j].start)) {
      const run = valid[i++];
      const text = codec.decode(bytes.subarray(run.start, run.end));
      let from = 0;
      let at = run.start;
      for (let k = text.indexOf(PLACEHOLDER); k >= 0; k = text.indexOf(PLACEHOLDER, k + 1)) {
        // A genuine U+FFFD in valid text: its bytes become a mark like any invalid run.
        segmentText += text.slice(from, k);
        at += codec.encode(text.slice(from, k)).length;
        endSegment(at);
        const width = codec.encode(PLACEHOLDER).length;
        marks.push({ start: at, end: at + width });
        at += width;
        segmentStart = at;
        segmentText = '';
        from = k + 1;
      }
      segmentText += text.slice(from);
    } else {
      const run = invalid[j++];
      endSegment(run.start);
      marks.push(run);
      segmentStart = run.end;
      segmentText = '';
    }
  }
  endSegment(bytes.length);
  const text = segments.map((s) => s.text).join(PLACEHOLDER);
  return {
    text,
    encoding,
    invalidRuns: invalid.length,
    encode(newText: string): Buffer {
      if (newText === text) return bytes;
      const pieces = newText.split(PLACEHOLDER);
      if (pieces.length !== segments.length) {
        throw new PlaceholderEditError('修复会增删无法解码的字节（显示为 \uFFFD），未写回');
      }
      const out: Buffer[] = [bytes.subarray(0, bomLength)];
      pieces.forEach((piece, k) => {
        const old = segments[k];
        if (k > 0) out.push(bytes.subarray(marks[k - 1].start, marks[k - 1].end));
        const edit = diffEdit(old.text, piece);
        if (!edit) {
          out.push(bytes.subarray(old.start, old.end));
          return;
        }
        // Valid text encodes back to exactly its bytes, so the unchanged head and tail are copied.
        const head = old.start + codec.encode(old.text.slice(0, edit.offset)).length;
        const tail = old.end - codec.encode(old.text.slice(edit.offset + edit.length)).length;
        out.push(bytes.subarray(old.start, head), codec.encode(edit.newText), bytes.subarray(tail, old.end));
      });
      return Buffer.concat(out);
    },
  };
}

/** Collects valid and invalid byte runs from a scanner that reports each sequence's length and validity. */
class RunCollector {
  readonly valid: Range[] = [];
  readonly invalid: Range[] = [];
  multibyte = 0;

  add(start: number, end: number, ok: boolean): void {
    const list = ok ? this.valid : this.invalid;
    const last = list[list.length - 1];
    if (last && last.end === start) last.end = end;
    else list.push({ start, end });
    if (ok && end - start > 1) this.multibyte++;
  }
}

/**
 * Scans an ASCII-compatible multi-byte encoding: ASCII runs are valid, and elsewhere `sequenceLength`
 * gives the length of the valid sequence at a byte, or 0 to mark that one byte invalid and go on.
 */
function scanSequences(sequenceLength: (bytes: Buffer, i: number) => number) {
  return (bytes: Buffer, start: number): Scan => {
    const runs = new RunCollector();
    let i = start;
    while (i < bytes.length) {
      if (bytes[i] < 0x80) {
        let end = i + 1;
        while (end < bytes.length && bytes[end] < 0x80) end++;
        runs.add(i, end, true);
        i = end;
        continue;
      }
      const length = sequenceLength(bytes, i);
      runs.add(i, i + Math.max(length, 1), length > 0);
      i += Math.max(length, 1);
    }
    return runs;
  };
}

/**
 * Strict UTF-8 (Unicode table 3-7: no overlong forms, no surrogates — so CESU-8 halves are invalid —
 * nothing above U+10FFFF): the length of the well-formed sequence at `i`, or 0.
 */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** UTF-16 code units; a lone surrogate and a trailing odd byte are invalid. */
function scanUtf16(bigEndian: boolean) {
  return (bytes: Buffer, start: number): Scan => {
    const runs = new RunCollector();
    const unit = (i: number) => (bigEndian ? bytes.readUInt16BE(i) : bytes.readUInt16LE(i));
    let i = start;
    while (i + 1 < bytes.length) {
      const u = unit(i);
      if (u < 0xd800 || u > 0xdfff) {
        runs.add(i, i + 2, true);
        i += 2;
      } else if (u <= 0xdbff && i + 3 < bytes.length && (unit(i + 2) & 0xfc00) === 0xdc00) {
        runs.add(i, i + 4, true);
        i += 4;
      } else {
        runs.add(i, i + 2, false);
        i += 2;
      }
    }
    if (i < bytes.length) runs.add(i, bytes.length, false);
    return runs;
  };
}

/**
 * GB18030 sequences are one byte (00–7F), two (81–FE, then 40–7E or 80–FE) or four (81–FE, 30–39,
 * 81–FE, 30–39). A sequence counts as valid only if it decodes to one character that encodes back to
 * the same bytes, so unmapped and one-way sequences stay bytes, not text.
 */
function gbValidLength(bytes: Buffer, i: number): number {
  const length = gbSequenceLength(bytes, i);
  return length > 0 && gbRoundTrips(bytes, i, length) ? length : 0;
}

function gbSequenceLength(bytes: Buffer, i: number): number {
  const at = (k: number) => (i + k < bytes.length ? bytes[i + k] : -1);
  const lead = (x: number) => x >= 0x81 && x <= 0xfe;
  const digit = (x: number) => x >= 0x30 && x <= 0x39;
  if (!lead(at(0))) return 0;
  if ((at(1) >= 0x40 && at(1) <= 0x7e) || (at(1) >= 0x80 && at(1) <= 0xfe)) return 2;
  return digit(at(1)) && lead(at(2)) && digit(at(3)) ? 4 : 0;
}

/** Round-trip verdicts, computed once per sequence: two-byte ones in a table (0 unknown, 1 yes, 2 no), four-byte ones in a map. */
const gbPairs = new Uint8Array(0x10000);
const gbQuads = new Map<number, boolean>();

function gbRoundTrips(bytes: Buffer, i: number, length: number): boolean {
  if (length === 2) {
    const key = bytes.readUInt16BE(i);
    if (!gbPairs[key]) gbPairs[key] = decodesOneWay(bytes.subarray(i, i + 2)) ? 2 : 1;
    return gbPairs[key] === 1;
  }
  const key = bytes.readUInt32BE(i);
  let ok = gbQuads.get(key);
  if (ok === undefined) gbQuads.set(key, (ok = !decodesOneWay(bytes.subarray(i, i + 4))));
  return ok;
}

/** Undecodable sequences come back as U+FFFD, whose own encoding (84 31 A4 37) is the only one that survives this. */
function decodesOneWay(sequence: Buffer): boolean {
  const text = iconv.decode(sequence, 'gb18030');
  return [...text].length !== 1 || !iconv.encode(text, 'gb18030').equals(sequence);
}

function swapBytes(bytes: Buffer): Buffer {
  return Buffer.from(bytes).swap16();
}

const utf8: Codec = { scan: scanSequences(utf8SequenceLength), decode: (b) => b.toString('utf8'), encode: (t) => Buffer.from(t, 'utf8') };
const CODECS: Record<Encoding, Codec> = {
  'utf-8': utf8,
  'utf-8-bom': utf8,
  'utf-16le': { scan: scanUtf16(false), decode: (b) => b.toString('utf16le'), encode: (t) => Buffer.from(t, 'utf16le') },
  'utf-16be': { scan: scanUtf16(true), decode: (b) => swapBytes(b).toString('utf16le'), encode: (t) => Buffer.from(t, 'utf16le').swap16() },
  gb18030: { scan: scanSequences(gbValidLength), decode: (b) => iconv.decode(b, 'gb18030'), encode: (t) => iconv.encode(t, 'gb18030') },
};
