import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelOf, METHOD_NAMES } from '../../shared/contract';
import type { Outcome } from '../../shared/errors';
import type { Dispatch } from '../services/contract-handlers';
import { isAppUrl } from './security';

const refused: Outcome<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', params: {}, issues: [] },
};

/** Registers one handler per contract method; calls `isTrusted` refuses get FORBIDDEN_SENDER. */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean,
): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input: unknown) =>
      isTrusted(event) ? dispatch(method, input) : refused,
    );
  }
}

/**
 * True for calls from the app's window itself: its webContents and its main frame,
 * compared by identity, showing the app's page. Not by comparing file paths: an
 * install path with `[`, `^` or `%` is written differently by Node and Chromium.
 */
export function isFromWindow(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  contents: WebContents | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!contents || contents.isDestroyed() || event.sender !== contents || !frame) return false;
  const main = contents.mainFrame;
  const isMainFrame =
    frame === main || (frame.processId === main.processId && frame.frameToken === main.frameToken);
  return isMainFrame && isAppUrl(frame.url);
}
