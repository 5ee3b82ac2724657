import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory, in bytes. On Linux, getrusage's maxRSS carries the
 * parent's peak across fork (a child started by a 350 MB bench reported 350 MB for a 28-row
 * CSV); the address space's own high-water mark (VmHWM) starts afresh at exec.
 */
export function peakRssBytes(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux: getrusage is all there is
  }
  return process.resourceUsage().maxRSS * 1024;
}
