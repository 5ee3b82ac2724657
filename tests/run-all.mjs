#!/usr/bin/env node
// `npm test`: every check CI runs, in order, then one line of totals across
// unit and end-to-end tests. A failed check (typecheck, lint, format, build)
// counts as a failure in the totals too, so a red run never reads "0 failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const require = createRequire(import.meta.url);
const { findChromium } = require('./support/find-browsers.cjs');

const run = (title, command, args, env = {}) => {
  console.log(`\n── ${title} ──`);
  const r = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.status === 0;
};
const npx = (title, args, env) => run(title, 'npx', ['--no-install', ...args], env);

let failedChecks = 0;
for (const [title, args] of [
  ['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['eslint', '.']],
  ['format', ['prettier', '--check', '.']],
  ['build', ['electron-vite', 'build']],
]) {
  if (!npx(title, args)) failedChecks++;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

npx('unit tests', [
  'vitest',
  'run',
  '--config',
  'tests/vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'unit.json')}`,
]);

let chromium = findChromium();
if (!chromium) {
  // A newcomer's machine without a system Chromium: fetch Playwright's own.
  npx('install Playwright Chromium', ['playwright', 'install', 'chromium']);
  chromium = findChromium();
}
npx(
  'end-to-end tests',
  ['playwright', 'test', '-c', 'tests/playwright.config.ts', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'e2e.json'),
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  },
);

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(join(results, file), 'utf8'));
  } catch {
    return undefined;
  }
};

const totals = { passed: 0, failed: failedChecks, skipped: 0 };
const unit = readJson('unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0)
    totals.failed += unit.numFailedTestSuites;
} else {
  console.log('unit tests produced no report');
  totals.failed++;
}

const e2e = readJson('e2e.json');
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const a of test.annotations ?? []) {
          if (a.type === 'skip' && a.description) {
            const key = `${test.projectName}: ${a.description}`;
            reasons.set(key, (reasons.get(key) ?? 0) + 1);
          }
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of e2e.suites) walk(suite);
  for (const [reason, count] of reasons) console.log(`skipped ${count} × ${reason}`);
} else {
  console.log('end-to-end tests produced no report');
  totals.failed++;
}

if (failedChecks) console.log(`${failedChecks} check(s) failed before the tests (see above)`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
