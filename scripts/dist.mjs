#!/usr/bin/env node
// `npm run dist`: build, then electron-builder (arguments after `--` go to it). On its
// first run electron-builder downloads the Electron runtime for the target (and, for
// Windows and macOS, its installer and signing tools) from GitHub into its cache;
// without internet that ends in a stack trace, so the last line says what to do.
import { spawn, spawnSync } from 'node:child_process';
import { packageBin } from './package-bin.mjs';

const NETWORK =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo)\b/;

const build = spawnSync(process.execPath, [packageBin('electron-vite'), 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const builder = spawn(
  process.execPath,
  [packageBin('electron-builder'), '--publish', 'never', ...process.argv.slice(2)],
  { stdio: ['inherit', 'pipe', 'pipe'] },
);
let offline = false;
const tee = (from, to) =>
  from.on('data', (chunk) => {
    to.write(chunk);
    if (NETWORK.test(chunk.toString())) offline = true;
  });
tee(builder.stdout, process.stdout);
tee(builder.stderr, process.stderr);
builder.on('close', (code, signal) => {
  if (code !== 0 && offline)
    console.error(
      '\nnpm run dist needs internet the first time: electron-builder downloads the Electron runtime for the target (and, for Windows and macOS, its installer and signing tools) from GitHub into its cache, so connect and run npm run dist again.',
    );
  process.exit(code ?? (signal ? 1 : 0));
});
