/**
 * The only bridge between the renderer and the main process: `window.sightline` with
 * invoke (API methods), shell (native dialogs), on (events) and pathForFile (the path of
 * a file dropped on the window, so drops import by path). No Node, no ipcRenderer
 * leaks into the page.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
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
  // The renderer hands over a DOM File; contextBridge passes it through as one.
  pathForFile: (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
};

contextBridge.exposeInMainWorld('sightline', api);
