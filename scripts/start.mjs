#!/usr/bin/env node
// `npm start`: Electron (downloaded once if missing), then electron-vite builds the
// app and runs it in Electron. Arguments after `npm start --` go to the app.
import { spawn } from 'node:child_process';
import { ensureElectron, sandboxFacts, sandboxFallback } from './electron-binary.mjs';
import { packageBin } from './package-bin.mjs';

const electron = ensureElectron();
if (electron.error) {
  console.error(electron.error);
  process.exit(1);
}
const withoutSandbox = sandboxFallback(sandboxFacts(electron.path));
if (withoutSandbox)
  console.warn(
    `Starting Electron without Chromium's sandbox, for development only: ${withoutSandbox}. The installed app keeps its sandbox (README, Installing).`,
  );
const appArgs = process.argv.slice(2);
const child = spawn(
  process.execPath,
  [
    packageBin('electron-vite'),
    'preview',
    ...(withoutSandbox ? ['--noSandbox'] : []),
    ...(appArgs.length > 0 ? ['--', ...appArgs] : []),
  ],
  // electron-vite runs the binary it finds in ELECTRON_EXEC_PATH.
  { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: electron.path } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
