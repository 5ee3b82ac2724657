import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { CatalogError } from '../../../shared/errors';

/** An import file is read whole; anything larger is refused before a byte is parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const refuse = (reason: string, params: Record<string, string | number> = {}): never => {
  throw new CatalogError('IMPORT_INVALID', { reason, ...params });
};

/**
 * The bytes of an import file, read through one open descriptor: what is
 * checked is what is read. O_NONBLOCK makes opening a FIFO return at once
 * instead of waiting for a writer; fstat on the descriptor then refuses
 * anything but a regular file (a FIFO, a device such as /dev/zero, a folder),
 * also when the path is a link to one. The read stops past the limit even if
 * the file grows meanwhile.
 */
export async function readImportBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
        throw new CatalogError('NOT_FOUND', { code: path });
      if (e.code === 'EISDIR') return refuse('not-regular');
      throw e;
    },
  );
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) refuse('not-regular');
    if (stat.size > MAX_IMPORT_BYTES) refuse('too-large');
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_IMPORT_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) refuse('too-large'); // grew past the limit while read
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * The file's text, or a refusal that says what the file is instead: a
 * workbook (.xlsx, .ods: zip; .xls: OLE), a PDF report, or text in another
 * encoding than UTF-8 (Windows-1252 from an older Excel's "CSV", say), with
 * the line of the first byte that is not UTF-8. UTF-16 with a byte order mark
 * (Excel's "Unicode text") is read as it is.
 */
export function decodeImportText(bytes: Uint8Array): string {
  if (bytes.length === 0) refuse('empty');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    refuse('workbook');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) refuse('report-pdf'); // %PDF-
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse('not-utf8', { line: lineOf(bytes, firstInvalidUtf8(bytes)) });
  }
  // A NUL never belongs in a CSV or JSON export; UTF-16 without a byte order mark is full of them.
  const nul = text!.indexOf('\0');
  if (nul >= 0) refuse('not-utf8', { line: text!.slice(0, nul).split('\n').length });
  return text!;
}

/** Where the first byte that cannot be UTF-8 is: the longest prefix that decodes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (end: number) => {
    try {
      // Streaming: a character cut off at `end` is not an error, a wrong byte before it is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  return good;
}

const lineOf = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};
