/** The application menu. Items send commands to the focused window, which runs them. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(send: (command: string) => void, isMac: boolean): Menu {
  const item = (label: string, command: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Case…', 'case.new', 'CmdOrCtrl+N'),
        item('Open Case…', 'case.open', 'CmdOrCtrl+O'),
        item('Open the Sample Case', 'case.openSample'),
        { type: 'separator' },
        item('Import Documents…', 'documents.import', 'CmdOrCtrl+I'),
        item('Merge a Colleague’s Case…', 'case.merge'),
        item('Export Case…', 'case.export', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        item('Close Case', 'case.close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        item('Documents', 'view.documents', 'CmdOrCtrl+1'),
        item('Claims', 'view.claims', 'CmdOrCtrl+2'),
        item('Map', 'view.map', 'CmdOrCtrl+3'),
        item('Compare', 'view.compare', 'CmdOrCtrl+4'),
        item('History', 'view.history', 'CmdOrCtrl+5'),
        { type: 'separator' },
        item('Toggle Dark Mode', 'view.toggleTheme', 'CmdOrCtrl+Shift+D'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
