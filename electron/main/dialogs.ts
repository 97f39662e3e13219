/** Native dialogs behind the shell:* methods. */
import { BrowserWindow, dialog, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { PickPurpose } from '../../shared/contract/shell.ts';
import type { ShellHandlers } from './ipc.ts';

const CASE_FILTER = { name: 'Sightline case', extensions: ['sightline'] };
const DOCUMENT_FILTER = {
  name: 'Documents',
  extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'eml', 'zip', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp'],
};

function openOptions(purpose: PickPurpose, defaultPath: string | undefined, title: string | undefined): OpenDialogOptions | null {
  const base = { ...(defaultPath ? { defaultPath } : {}), ...(title ? { title } : {}) };
  switch (purpose) {
    case 'open-case':
      return { ...base, properties: ['openFile'], filters: [CASE_FILTER] };
    case 'merge-case':
      return { ...base, title: title ?? "Merge a colleague's case", properties: ['openFile'], filters: [CASE_FILTER] };
    case 'import-files':
      return { ...base, title: title ?? 'Import documents', properties: ['openFile', 'multiSelections'], filters: [DOCUMENT_FILTER] };
    case 'import-folder':
      return { ...base, title: title ?? 'Import a folder', properties: ['openDirectory'] };
    default:
      return null;
  }
}

function saveOptions(purpose: PickPurpose, defaultPath: string | undefined, title: string | undefined): SaveDialogOptions {
  const filters = purpose === 'save-file' ? [] : [CASE_FILTER];
  return { ...(defaultPath ? { defaultPath } : {}), ...(title ? { title } : {}), filters };
}

export const shellHandlers: ShellHandlers = {
  'shell:pickPath': async (input, event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const open = openOptions(input.purpose, input.defaultPath, input.title);
    if (open) {
      const result = window ? await dialog.showOpenDialog(window, open) : await dialog.showOpenDialog(open);
      return { paths: result.canceled ? [] : result.filePaths };
    }
    const save = saveOptions(input.purpose, input.defaultPath, input.title);
    const result = window ? await dialog.showSaveDialog(window, save) : await dialog.showSaveDialog(save);
    return { paths: result.canceled || !result.filePath ? [] : [result.filePath] };
  },
  'shell:reveal': async (input) => {
    shell.showItemInFolder(input.path);
    return {};
  },
};
