import type { IpcMain, WebFrameMain } from 'electron';
import { channelOf, METHOD_NAMES } from '../../shared/contract';
import type { Outcome } from '../../shared/errors';
import type { Dispatch } from '../services/contract-handlers';

const refused: Outcome<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', params: {}, issues: [] },
};

/** Registers one handler per contract method; calls from any frame but the app's are refused. */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input: unknown) =>
      isTrustedFrame(event.senderFrame) ? dispatch(method, input) : refused,
    );
  }
}
