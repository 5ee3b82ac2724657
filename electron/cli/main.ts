#!/usr/bin/env node
import { runCli } from './run';

// A reader that stops early (`credential-catalog list | head -1`) closes the pipe. Nobody
// reads what follows, so it is not written; the command itself still finishes (an import
// still saves) and ends with its own exit code, quietly.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

runCli({
  argv: process.argv.slice(2),
  env: process.env,
  out: (text) => void (readerGone || process.stdout.write(`${text}\n`)),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  },
);
