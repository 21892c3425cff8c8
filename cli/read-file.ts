import * as fs from 'node:fs';
import { Fingerprint, fingerprint } from './atomic-write';
import { Decoded, decodeReport } from './encoding';

/**
 * The largest report the CLI reads: 10 MB (10,485,760 bytes) on disk. Checking takes memory many
 * times the text's size (about 400 MB for 10 MB of Chinese text), while real reports are far smaller
 * (a long annual report is well under 1 MB); a larger file gets one message instead of exhausting
 * memory. Documented in docs/cli.md.
 */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | { kind: 'text'; decoded: Decoded; readAs: Fingerprint }
  | { kind: 'binary' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number };

/**
 * Reads a report file: regular files only (a FIFO or a device would block or never end) and at most
 * `maxBytes`, then decodes it (encoding.ts) and notes what it was, so a later write can tell whether
 * it changed in the meantime.
 */
export function readReport(file: string, maxBytes = MAX_REPORT_BYTES): ReadResult {
  // Non-blocking, so that opening a FIFO does not wait for a writer; it is refused just below.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > BigInt(maxBytes)) return { kind: 'too-large', size: Number(stat.size) };
    const bytes = readUpTo(fd, maxBytes + 1, Number(stat.size));
    if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length };
    const decoded = decodeReport(bytes);
    return decoded ? { kind: 'text', decoded, readAs: fingerprint(stat, bytes) } : { kind: 'binary' };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads to the end of the file but no more than `limit` bytes; `expected` (the stat size) may be stale. */
function readUpTo(fd: number, limit: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte more than the stat size, so a file that grew since shows at once. Sized to the file: a folder of
  // small reports each given a 64 KB buffer cost ~0.1 s per 1,000 files in fresh memory (profiled).
  let size = Math.min(expected + 1, limit);
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(size, limit - total));
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // A short read is the end of a regular file; a small read confirms it. A full one means more is coming.
    size = n < chunk.length ? 4096 : 1024 * 1024;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
