import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, describeNotice } from '../../shared/i18n';
import { openLastOrDefault } from '../../electron/services/open-services';
import { makeTempDir } from '../support/temp';

describe('at start, the catalog opened last', () => {
  it('opens when it can, with no notice', async () => {
    const dir = await makeTempDir();
    const last = join(dir, 'mine.db');
    const services = await openLastOrDefault(
      last,
      join(dir, 'default.db'),
      {},
      join(dir, 's.json'),
    );
    expect(services.store.path).toBe(last);
    expect(services.store.notices.map((n) => n.code)).toEqual(['created']);
    await services.close();
  });

  it('refused, gives way to the app’s own catalog, and the user is told why in their language', async () => {
    const dir = await makeTempDir();
    const last = join(dir, 'folder.db');
    await mkdir(last); // a folder where the catalog was
    const other = join(dir, 'not-mine.db');
    await writeFile(other, 'a text file, not a catalog');
    for (const [path, en, nb] of [
      [last, 'the path does not lead to a file', 'stien fører ikke til en fil'],
      [
        other,
        'This file is not a Credential Catalog file',
        'ikke en katalogfil fra Sertifiseringskatalog',
      ],
    ] as const) {
      const fallback = join(dir, 'default.db');
      const services = await openLastOrDefault(path, fallback, {}, join(dir, 's.json'));
      expect(services.store.path).toBe(fallback);
      const notice = services.store.notices.find((n) => n.code === 'last-catalog-not-opened')!;
      expect(notice).toBeDefined();
      const inEnglish = describeNotice(createI18n('en').t, notice, 'en');
      expect(inEnglish).toMatch(/^The catalog open last time, .*, could not be opened/);
      expect(inEnglish).toContain(en);
      expect(inEnglish.split(path)).toHaveLength(2); // named once, not again by the reason
      const inNorwegian = describeNotice(createI18n('nb').t, notice, 'nb');
      expect(inNorwegian).toMatch(/^Katalogen som var åpen sist, .*, kunne ikke åpnes/);
      expect(inNorwegian).toContain(nb);
      expect(inNorwegian.split(path)).toHaveLength(2);
      await services.close();
    }
  });
});
