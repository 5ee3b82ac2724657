export interface SandboxFacts {
  platform: string;
  uid: number | undefined;
  userNamespacesRestricted: boolean;
  sandboxHelper?: { uid: number; mode: number } | undefined;
}
export function electronPackage(): string;
export function electronBinary(env?: NodeJS.ProcessEnv): string;
export function ensureElectron(
  env?: NodeJS.ProcessEnv,
  log?: (text: string) => void,
): { path: string; error?: undefined } | { error: string; path?: undefined };
export function sandboxFacts(binary: string, platform?: NodeJS.Platform): SandboxFacts;
export function sandboxFallback(facts: SandboxFacts): string | undefined;
