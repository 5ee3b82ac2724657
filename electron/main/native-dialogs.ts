import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Services } from '../services/services';
import { withExtension } from './save-path';

type NativePieces = Required<
  Pick<Services, 'chooseSavePath' | 'chooseImportPath' | 'chooseCatalogPath' | 'reveal'>
>;

/** The services' native pieces, as Electron dialogs (modal to the window when it is open). */
export function nativeDialogs(t: TFunction, window: () => BrowserWindow | undefined): NativePieces {
  const parent = () => {
    const win = window();
    return win && !win.isDestroyed() ? win : undefined;
  };
  const save = (options: Electron.SaveDialogOptions) => {
    const win = parent();
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };
  const open = (options: Electron.OpenDialogOptions) => {
    const win = parent();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  /** Asked only when the extension was added here, so the dialog never saw that name. */
  const confirmReplace = async (path: string) => {
    const options = {
      type: 'question' as const,
      message: t('menu:replaceTitle', { name: basename(path) }),
      detail: t('menu:replaceDetail'),
      buttons: [t('menu:replace'), t('menu:cancel')],
      defaultId: 1,
      cancelId: 1,
    };
    const win = parent();
    const { response } = win
      ? await dialog.showMessageBox(win, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  };
  return {
    chooseSavePath: async (suggestedName, format) => {
      const chosen = await save({
        title: t(format === 'db' ? 'menu:saveCopyTitle' : 'menu:exportTitle'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: t(`menu:fileType.${format}`), extensions: [format] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      if (chosen.canceled || !chosen.filePath) return null;
      const path = withExtension(chosen.filePath, format);
      if (path !== chosen.filePath && existsSync(path) && !(await confirmReplace(path)))
        return null;
      return path;
    },
    chooseImportPath: async () => {
      const chosen = await open({
        title: t('menu:importTitle'),
        defaultPath: app.getPath('documents'),
        properties: ['openFile'],
        filters: [{ name: t('menu:importFiles'), extensions: ['csv', 'json'] }],
      });
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    chooseCatalogPath: async () => {
      const chosen = await open({
        title: t('menu:openTitle'),
        properties: ['openFile'],
        filters: [{ name: t('menu:catalogFiles'), extensions: ['db'] }],
      });
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    reveal: async (path, how) => {
      if (how === 'folder') shell.showItemInFolder(path);
      else await shell.openPath(path);
    },
  };
}
