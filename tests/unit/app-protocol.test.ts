import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appFileFor, serveAppRequest } from '../../electron/main/app-protocol';
import { makeTempDir } from '../support/temp';

// An install folder with the characters Node's pathToFileURL and Chromium spell
// differently, and a secret beside the renderer folder that must stay unreachable.
let root: string;
beforeAll(async () => {
  const install = join(await makeTempDir(), 'Credential Catalog [test]^~%20 æøå');
  root = join(install, 'out', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(install, 'out', 'secret.txt'), 'secret');
  await writeFile(join(install, 'secret.txt'), 'secret');
});

describe('the app:// origin', () => {
  it('serves the built renderer with the right types, from any install folder', async () => {
    const page = await serveAppRequest('app://catalog/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await serveAppRequest('app://catalog/assets/index-abc.js', root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serveAppRequest('app://catalog/', root)).status).toBe(200); // index.html
    expect((await serveAppRequest('app://catalog/index.html?x=1#/a', root)).status).toBe(200);
  });

  it('answers 404 for files that are not there', async () => {
    expect((await serveAppRequest('app://catalog/assets/missing.js', root)).status).toBe(404);
    expect((await serveAppRequest('app://catalog/assets', root)).status).toBe(404); // a folder
  });

  it.each([
    'app://catalog/../secret.txt',
    'app://catalog/..%2fsecret.txt',
    'app://catalog/%2e%2e/secret.txt',
    'app://catalog/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://catalog/assets/..%2f..%2f..%2fsecret.txt',
    'app://catalog/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://catalog/index.html%00.js',
    'app://catalog/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://catalog/index.html',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await serveAppRequest(url, root);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toBe('secret');
  });

  it('maps a URL to a file inside the renderer folder only', () => {
    expect(appFileFor('app://catalog/assets/index-abc.js', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    // The URL parser resolves dot segments at the root; an encoded slash is caught here.
    expect(appFileFor('app://catalog/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'));
    expect(appFileFor('app://catalog/..%2fsecret.txt', root)).toBeNull();
    expect(appFileFor('app://catalog/assets/..%2f..', root)).toBeNull();
  });
});
