// Pure security policy for the main process; window.ts applies it to Electron.
// Kept free of `electron` imports so it is tested directly.
import { APP_INDEX_URL } from './app-protocol';

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
    // No context menu offers its suggestions, and on Windows and Linux Chromium would
    // download dictionaries from Google's servers: an offline app does without.
    spellcheck: false,
  } as const;
}

/** True only for the app's own page: index.html on the app's origin (app://catalog). */
export function isAppUrl(url: string | undefined, appIndexUrl: string = APP_INDEX_URL): boolean {
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
