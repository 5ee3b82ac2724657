import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_FORMATS } from '../../shared/model';
import { createI18n } from '../../shared/i18n';
import { makeTempDir } from '../support/temp';

// Electron's dialogs, answered by the test as a user would.
const electron = vi.hoisted(() => ({
  saveAnswer: '' as string | undefined,
  replaceAnswer: 1,
  saveOptions: [] as Record<string, unknown>[],
  questions: [] as string[],
}));
vi.mock('electron', () => {
  const module = {
    app: { getPath: () => '/home/user/Documents' },
    dialog: {
      showSaveDialog: async (options: Record<string, unknown>) => {
        electron.saveOptions.push(options);
        return { canceled: electron.saveAnswer === undefined, filePath: electron.saveAnswer };
      },
      showMessageBox: async (options: { message: string }) => {
        electron.questions.push(options.message);
        return { response: electron.replaceAnswer };
      },
    },
    shell: {},
  };
  return { ...module, default: module };
});

import { nativeDialogs } from '../../electron/main/native-dialogs';
import { withExtension } from '../../electron/main/save-path';

describe('the save dialog', () => {
  beforeEach(() => {
    electron.saveOptions.length = 0;
    electron.questions.length = 0;
  });

  it.each(['nb', 'en'] as const)('names every file type in %s', async (lang) => {
    const { chooseSavePath } = nativeDialogs(createI18n(lang).t, () => undefined);
    for (const format of [...REPORT_FORMATS, 'db'] as const) {
      electron.saveAnswer = `/tmp/out.${format}`;
      await chooseSavePath(`catalog.${format}`, format);
      const filter = (electron.saveOptions.at(-1)!.filters as { name: string }[])[0]!;
      expect(filter.name).not.toMatch(/fileType|menu:/);
    }
    const titles = electron.saveOptions.map((o) => o.title);
    expect(titles.at(-1)).not.toBe(titles[0]); // a copy of the catalog is not a report
    expect(electron.saveOptions[0]!.properties).toContain('showOverwriteConfirmation');
  });

  it('adds the extension the Linux dialog leaves off', async () => {
    const { chooseSavePath } = nativeDialogs(createI18n('en').t, () => undefined);
    electron.saveAnswer = '/tmp/reports/katalog';
    expect(await chooseSavePath('katalog.pdf', 'pdf')).toBe('/tmp/reports/katalog.pdf');
    electron.saveAnswer = '/tmp/reports/Katalog.PDF';
    expect(await chooseSavePath('katalog.pdf', 'pdf')).toBe('/tmp/reports/Katalog.PDF');
    electron.saveAnswer = '/tmp/reports/ark.2026';
    expect(await chooseSavePath('ark.csv', 'csv')).toBe('/tmp/reports/ark.2026.csv');
    electron.saveAnswer = undefined; // the user cancels
    expect(await chooseSavePath('ark.csv', 'csv')).toBeNull();
    expect(electron.questions).toEqual([]);
  });

  it('asks before replacing a file the dialog never saw, because the extension was added', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'katalog.pdf'), 'an older report');
    const { chooseSavePath } = nativeDialogs(createI18n('en').t, () => undefined);
    electron.saveAnswer = join(dir, 'katalog');
    electron.replaceAnswer = 1; // Cancel
    expect(await chooseSavePath('katalog.pdf', 'pdf')).toBeNull();
    expect(electron.questions).toEqual(['“katalog.pdf” already exists.']);
    electron.replaceAnswer = 0; // Replace
    expect(await chooseSavePath('katalog.pdf', 'pdf')).toBe(join(dir, 'katalog.pdf'));
  });

  it('leaves a name that already ends in the extension alone', () => {
    expect(withExtension('/a/b.csv', 'csv')).toBe('/a/b.csv');
    expect(withExtension('/a/b.CSV', 'csv')).toBe('/a/b.CSV');
    expect(withExtension('/a/b', 'db')).toBe('/a/b.db');
    expect(withExtension('/a.d/b', 'json')).toBe('/a.d/b.json');
  });
});
