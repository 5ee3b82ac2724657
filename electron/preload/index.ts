import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  buildFromContract,
  channelOf,
  COMMAND_CHANNEL,
  COMMANDS,
  type CatalogBridge,
  type CatalogEvents,
  type Command,
} from '../../shared/contract';

// Only the contract's methods and its one event cross the bridge: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'catalog',
  buildFromContract<CatalogBridge>(
    (method) => (input) => ipcRenderer.invoke(channelOf(method), input),
  ),
);

const events: CatalogEvents = {
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if ((COMMANDS as readonly unknown[]).includes(command)) listener(command as Command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
};
contextBridge.exposeInMainWorld('catalogEvents', events);
