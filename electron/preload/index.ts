import '../../shared/zod-jitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  buildFromContract,
  channelOf,
  COMMAND_CHANNEL,
  COMMANDS,
  ExportProgress,
  PROGRESS_CHANNEL,
  type CatalogBridge,
  type CatalogEvents,
  type Command,
} from '../../shared/contract';

// Only the contract's methods and its events cross the bridge: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'catalog',
  buildFromContract<CatalogBridge>(
    (method) => (input) => ipcRenderer.invoke(channelOf(method), input),
  ),
);

/** Forwards one channel's messages that pass `accept`; returns the unsubscribe function. */
function listen<T>(
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
) {
  const forward = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const events: CatalogEvents = {
  onCommand: (listener) =>
    listen(
      COMMAND_CHANNEL,
      (v): v is Command => (COMMANDS as readonly unknown[]).includes(v),
      listener,
    ),
  onExportProgress: (listener) =>
    listen(
      PROGRESS_CHANNEL,
      (v): v is ExportProgress => ExportProgress.safeParse(v).success,
      listener,
    ),
};
contextBridge.exposeInMainWorld('catalogEvents', events);
