// Pure security policy for the main process; window.ts applies it to Electron.
// Kept free of `electron` imports so it is tested directly.

/** Electron's security checklist, as webPreferences. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** True only for the app's own page: the renderer's index.html loaded from disk. */
export function isAppUrl(url: string | undefined, appIndexUrl: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(appIndexUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Links the app may hand to the system browser: only The Institutes' public sites over https. */
const EXTERNAL_HOSTS = ['theinstitutes.org', 'www.theinstitutes.org'];

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_HOSTS.includes(u.hostname);
  } catch {
    return false;
  }
}
