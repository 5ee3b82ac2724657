import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDispatcher,
  createHandlers,
  type Dispatch,
} from '../../electron/services/contract-handlers';
import { openServices } from '../../electron/services/open-services';
import { writeReport } from '../../electron/services/reports/export-report';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError } from '../../shared/i18n';
import type { Designation, ImportEntry } from '../../shared/model';
import { fileValue } from '../support/sqlite-file';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';

// A preview shows what an import would do to one catalog as it was. Applied to
// another catalog, or after the catalog changed, it could do something else:
// that is refused, in the user's language, and nothing changes.

let dir: string;
let services: Awaited<ReturnType<typeof openServices>>;
let dispatch: Dispatch;
let importFile: string;
let otherCatalog: string;

beforeEach(async () => {
  dir = await makeTempDir();
  importFile = join(dir, 'edited.json');
  otherCatalog = join(dir, 'other.db');
  services = await openServices(
    { path: join(dir, 'catalog.db') },
    { chooseImportPath: async () => importFile, chooseCatalogPath: async () => otherCatalog },
  );
  dispatch = createDispatcher(createHandlers(services));
  // The catalog as JSON with AIC renamed: the import would change AIC's name.
  await writeReport(
    services.store.all(),
    { report: 'sheets', format: 'json', language: 'en', codes: null },
    importFile,
    { organisationName: '', csvDelimiter: 'auto' },
  );
  const json = JSON.parse(await readFile(importFile, 'utf8')) as { designations: Designation[] };
  json.designations.find((d) => d.code === 'AIC')!.officialName = 'Associate in Claims (2027)';
  await writeFile(importFile, JSON.stringify(json));
  await (await CatalogStore.open({ path: otherCatalog })).close();
});
afterEach(() => services.close());

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  const outcome = await dispatch(method, input);
  if (!outcome.ok) throw CatalogError.fromPayload(outcome.error);
  return outcome.value as T;
}
const refusal = (method: string) =>
  call(method).then(
    () => {
      throw new Error(`${method} was not refused`);
    },
    (e: CatalogError) => e,
  );
const aicName = (path: string) =>
  fileValue(path, "SELECT official_name FROM designation WHERE code = 'AIC'");

describe('applying a preview', () => {
  it('after an edit was saved is refused, asking to preview again; nothing is imported', async () => {
    await call('previewImport');
    const ais = await call<Designation>('getDesignation', { code: 'AIS' });
    const { createdAt: _c, updatedAt: _u, ...input } = ais;
    await call('updateDesignation', { code: 'AIS', designation: { ...input, status: 'retired' } });

    const e = await refusal('applyImport');
    expect(e.params).toEqual({ reason: 'catalog-changed' });
    expect(describeError(createI18n('nb').t, e)).toBe(
      'Filen kan ikke importeres: katalogen er endret siden forhåndsvisningen (en endring er lagret eller angret). Forhåndsvis filen på nytt for å se hva den ville endret nå.',
    );
    expect(await aicName(services.store.path)).toBe('Associate in Claims');
    expect(services.store.get('AIS').status).toBe('retired'); // the edit stands

    // The same preview cannot be tried again. A new one shows what the import
    // would do now: it would also set AIS back to offered, which the first did not say.
    expect((await refusal('applyImport')).params).toEqual({ reason: 'none' });
    const again = await call<{ preview: { changed: number } }>('previewImport');
    expect(again.preview.changed).toBe(2);
    expect(await call('applyImport')).toEqual({ added: 0, changed: 2 });
    expect(await aicName(services.store.path)).toBe('Associate in Claims (2027)');
  });

  it('after an undo is refused too', async () => {
    const ais = services.store.get('AIS');
    const { createdAt: _c, updatedAt: _u, ...input } = ais;
    await call('updateDesignation', { code: 'AIS', designation: { ...input, status: 'retired' } });
    await call('previewImport');
    await call('undo');
    expect((await refusal('applyImport')).params).toEqual({ reason: 'catalog-changed' });
    expect(await aicName(services.store.path)).toBe('Associate in Claims');
  });

  it('after another catalog was opened is refused; neither catalog changes', async () => {
    const first = services.store.path;
    await call('previewImport');
    await call('openCatalog', { recent: null });
    expect(services.store.path).toBe(otherCatalog);

    const e = await refusal('applyImport');
    expect(e.params).toEqual({ reason: 'other-catalog' });
    expect(describeError(createI18n('en').t, e)).toBe(
      'The file cannot be imported: another catalog has been opened since the preview. Preview the file again.',
    );
    expect(await aicName(otherCatalog)).toBe('Associate in Claims');
    expect(await aicName(first)).toBe('Associate in Claims');
  });

  it('that failed leaves no earlier preview behind to apply', async () => {
    await call('previewImport');
    await writeFile(importFile, 'not json at all');
    expect((await refusal('previewImport')).params).toEqual({ reason: 'not-json' });
    expect((await refusal('applyImport')).params).toEqual({ reason: 'none' });
  });
});

describe('the preview’s entries', () => {
  it('come page by page, at most 200 at a time, with old and new values', async () => {
    const json = JSON.parse(await readFile(importFile, 'utf8')) as { designations: unknown[] };
    json.designations.push(...syntheticDesignations(450));
    await writeFile(importFile, JSON.stringify(json));
    const { preview } = await call<{ preview: { added: number; changed: number } }>(
      'previewImport',
    );
    expect(preview).toMatchObject({ added: 450, changed: 1 });
    const page = (part: string, from: number, count: number) =>
      call<{ entries: ImportEntry[] }>('previewImportPage', { part, from, count }).then(
        (r) => r.entries,
      );
    expect((await page('added', 0, 200)).map((e) => e.code).slice(0, 2)).toEqual([
      'SAAAA',
      'SAAAB',
    ]);
    expect(await page('added', 400, 200)).toHaveLength(50);
    expect(await page('changed', 0, 10)).toEqual([
      {
        code: 'AIC',
        officialName: 'Associate in Claims (2027)',
        changes: [
          {
            field: 'officialName',
            before: 'Associate in Claims',
            after: 'Associate in Claims (2027)',
          },
        ],
      },
    ]);
    const tooMany = await dispatch('previewImportPage', { part: 'added', from: 0, count: 201 });
    expect(tooMany.ok).toBe(false);
  });
});
