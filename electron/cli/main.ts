#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run';

// A command lives well under a second: SQLite's WebAssembly is best left to V8's baseline
// compiler. Optimising it in the background made every command wait about 80 ms before it could
// end, and at 10,000 designations list and export ran no faster with it (npm run bench).
// Set before SQLite is loaded, which happens only once a command opens the catalog.
setFlagsFromString('--liftoff-only');

runCli({
  argv: process.argv.slice(2),
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
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
