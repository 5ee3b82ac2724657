import { closeSync, openSync, writeSync } from 'node:fs';

/** Where a report's bytes go, in order. */
export interface ReportSink {
  write(chunk: Uint8Array | string): void;
}

const BATCH = 256 * 1024;

/**
 * Writes a report into an existing (empty) file as it is made, in batches of
 * 256 KiB: memory holds one batch, never the report. Every byte is written or the
 * write throws why not (a nearly full disk may take part of a write without an error).
 */
export function openReportFile(path: string): ReportSink & { close(): number } {
  const fd = openSync(path, 'w');
  const encoder = new TextEncoder();
  let pending: Uint8Array[] = [];
  let length = 0;
  let total = 0;
  const flush = () => {
    if (!length) return;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, length);
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    total += bytes.length;
    pending = [];
    length = 0;
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      pending.push(bytes);
      length += bytes.length;
      if (length >= BATCH) flush();
    },
    close() {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
      return total;
    },
  };
}
