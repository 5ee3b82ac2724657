import { contextBridge, ipcRenderer } from 'electron';
import { buildFromContract, channelOf, type CatalogBridge } from '../../shared/contract';

// Only the contract's methods cross the bridge: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'catalog',
  buildFromContract<CatalogBridge>(
    (method) => (input) => ipcRenderer.invoke(channelOf(method), input),
  ),
);
