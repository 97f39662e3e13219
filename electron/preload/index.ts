/**
 * The only bridge between the renderer and the main process: `window.sightline` with
 * invoke (API methods), shell (native dialogs) and on (events). No Node, no ipcRenderer
 * leaks into the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, IPC_SHELL, type IpcEnvelope, type PreloadApi } from '../../shared/contract/ipc.ts';

const api: PreloadApi = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE, method, input) as Promise<IpcEnvelope>,
  shell: (method, input) => ipcRenderer.invoke(IPC_SHELL, method, input) as Promise<IpcEnvelope>,
  on: (listener) => {
    const forward = (_event: IpcRendererEvent, name: string, payload: unknown): void => listener(name, payload);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.off(IPC_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('sightline', api);
