#!/usr/bin/env node
import { runCli } from './run';

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
