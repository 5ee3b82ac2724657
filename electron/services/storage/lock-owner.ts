import { randomUUID } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a catalog's lock, written once into the lock folder when it is
 * made and never rewritten (a reader never sees half of it).
 */
export interface LockOwner {
  /** Unique per lock taken: "the lock is still ours" means "the owner record holds our token". */
  token: string;
  pid: number;
  /** The computer, for people: shown nowhere yet, kept for whoever looks at a lock by hand. */
  host: string;
  /**
   * Which process table `pid` belongs to: host name, and on Linux the boot and
   * the pid namespace (two containers may share a host name and a drive).
   * Only an owner with the same machine id can be judged by its pid.
   */
  machine: string;
  /** When the process started (Linux: ticks since boot), so a reused pid is not taken for the owner. */
  started: string | null;
}

const readOr = (read: () => string, fallback: string) => {
  try {
    return read();
  } catch {
    return fallback;
  }
};

function thisMachine(): string {
  if (process.platform !== 'linux') return hostname();
  const boot = readOr(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(), '');
  const pidSpace = readOr(() => readlinkSync('/proc/self/ns/pid'), '');
  return `${hostname()}|${boot}|${pidSpace}`;
}

/** A process's start time, or null where the system does not say (not Linux). */
export function processStart(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name in field 2 may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The owner record for a lock this process is about to take. */
export function newOwner(machine = thisMachine()): LockOwner {
  return {
    token: randomUUID(),
    pid: process.pid,
    host: hostname(),
    machine,
    started: processStart(process.pid),
  };
}

export function parseOwner(text: string): LockOwner | undefined {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    return typeof o.token === 'string' && typeof o.pid === 'number' && typeof o.machine === 'string'
      ? (o as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the owner's process still runs, when this machine can tell for
 * certain: 'unknown' for another computer, or where pids cannot be told
 * apart from a reused one (no start times outside Linux).
 */
export function ownerLife(owner: LockOwner, machine: string): 'alive' | 'dead' | 'unknown' {
  if (owner.machine !== machine) return 'unknown';
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    // EPERM: it runs, as another user.
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
  }
  const started = processStart(owner.pid);
  if (owner.started && started) return started === owner.started ? 'alive' : 'dead';
  return 'unknown';
}
