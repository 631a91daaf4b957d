/**
 * Reads a small text file for the CLIs: a regular file of at most `maxBytes`, UTF-8 only (a leading BOM is
 * dropped). Anything else throws a FileContentError whose message says what is wrong, in words a CLI message can
 * quote; a missing or unreadable file throws Node's own error (with its `code`, e.g. ENOENT).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Scenario files are small (the presets are under 3 kB); larger ones are refused before reading. */
export const MAX_TEXT_FILE_BYTES = 1_000_000;

/** The file exists but is not acceptable text; the message is the reason ("not UTF-8 text …"). */
export class FileContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileContentError';
  }
}

export function readTextFile(path: string, maxBytes = MAX_TEXT_FILE_BYTES): string {
  // non-blocking, so that a named pipe without a writer is refused instead of waited for
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let bytes: Uint8Array;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (!st.isFile()) throw new FileContentError('not a regular file');
    if (st.size > maxBytes) throw new FileContentError(`larger than ${maxBytes} bytes`);
    // read to the end, but never more than maxBytes + 1 (the size in stat may be stale)
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) throw new FileContentError(`larger than ${maxBytes} bytes`);
    }
    bytes = buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
  return decodeTextBytes(bytes);
}

/** A file's bytes as text: UTF-8 only, a leading BOM dropped; else a FileContentError naming the first bad byte. */
export function decodeTextBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new FileContentError(
      `not UTF-8 text (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}; save it as UTF-8)`,
    );
  }
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (for the message). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    if (len > 1) {
      const slice = b.subarray(i, i + len);
      if (slice.length < len) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
      } catch {
        return i;
      }
    }
    i += len;
  }
  return Math.max(0, b.length - 1);
}
