/** Median, p95 and friends over repeated runs (milliseconds unless said otherwise). */
export interface Stat {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function stat(values: number[]): Stat {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s.at(-1)!, runs: s.length };
}

export async function repeat(runs: number, once: () => Promise<number> | number): Promise<Stat> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await once());
  return stat(values);
}

export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const fmt = (ms: number | undefined) =>
  ms === undefined
    ? '–'
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const mb = (bytes: number | undefined) =>
  bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number | undefined) =>
  bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`;
