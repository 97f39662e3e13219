/**
 * The Electron shell: a thin layer that wires windows, menus, dialogs and IPC to the
 * engine (which runs the services in a worker thread). No product logic lives here.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, webContents } from 'electron';
import { IPC_EVENT } from '../../shared/contract/ipc.ts';
import type { Environment } from '../services/environment.ts';
import { EngineHost } from '../transports/engine/engine-host.ts';
import engineWorkerPath from '../transports/engine/engine-worker.ts?modulePath';
import { APP_SCHEME, registerAppProtocol } from './app-protocol.ts';
import { shellHandlers } from './dialogs.ts';
import { registerIpc, trustedOrigins } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { enforceOffline } from './offline-guard.ts';
import { createMainWindow } from './window.ts';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

function environment(): Environment {
  const root = app.getAppPath();
  return {
    appVersion: app.getVersion(),
    configDir: app.getPath('userData'),
    dataDir: join(app.getPath('documents'), 'Sightline'),
    resourcesDir: app.isPackaged ? join(process.resourcesPath, 'resources') : join(root, 'resources'),
    defaultActor: process.env['SIGHTLINE_USER'] ?? userInfo().username,
  };
}

/** The better-sqlite3 build made for Electron's ABI (scripts/electron-native.js), kept apart from Node's. */
function useElectronSqliteBuild(): void {
  const candidates = [
    join(app.getAppPath(), 'node_modules', '.sightline-electron', 'better_sqlite3.node'),
    join(process.resourcesPath, 'native', 'better_sqlite3.node'),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (found) process.env['SIGHTLINE_SQLITE_BINDING'] = found;
}

async function start(): Promise<void> {
  await app.whenReady();
  useElectronSqliteBuild();
  const env = environment();
  const rendererDir = join(here, '../renderer');
  registerAppProtocol(protocol, rendererDir, env.resourcesDir);
  enforceOffline(session.defaultSession, devServerUrl);

  const engine = new EngineHost(env, { entry: engineWorkerPath });
  engine.onEvent(({ sessionId, name, payload }) => {
    const id = Number(sessionId.replace('window-', ''));
    const target = webContents.fromId(id);
    if (target && !target.isDestroyed()) target.send(IPC_EVENT, name, payload);
  });
  registerIpc(ipcMain, engine, trustedOrigins(devServerUrl), shellHandlers);

  const sendCommand = (command: string): void => {
    const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    focused?.webContents.send(IPC_EVENT, 'shell:command', { command });
  };
  app.applicationMenu = buildMenu(sendCommand, process.platform === 'darwin');

  const open = (): void => {
    const window = createMainWindow(join(here, '../preload'), devServerUrl);
    const id = window.webContents.id;
    window.on('closed', () => engine.closeSession(`window-${id}`));
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void engine.close());
}

void start();
