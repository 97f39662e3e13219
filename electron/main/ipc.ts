/**
 * IPC wiring: every contract method reaches the engine through one channel, every shell
 * method through another. Input is validated here, in the main process, and the sender
 * must be one of our own pages before anything runs. Electron is imported for types
 * only, so this wiring is unit-tested under plain Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ApiError } from '../../shared/contract/errors.ts';
import { IPC_INVOKE, IPC_SHELL, type IpcEnvelope } from '../../shared/contract/ipc.ts';
import { shellMethods, type ShellMethodName } from '../../shared/contract/shell.ts';
import { errorShape } from '../services/engine.ts';
import { z } from 'zod';

export interface EngineInvoker {
  invoke(sessionId: string, method: string, input: unknown): Promise<unknown>;
}

export type ShellHandlers = {
  [M in ShellMethodName]: (input: z.output<(typeof shellMethods)[M]['input']>, event: IpcMainInvokeEvent) => Promise<z.output<(typeof shellMethods)[M]['output']>>;
};

/** A sender is trusted when its frame shows our app (the app:// page, or the dev server in development). */
export function trustedOrigins(devServerUrl: string | undefined): (url: string) => boolean {
  const origins = ['app://sightline'];
  if (devServerUrl) origins.push(new URL(devServerUrl).origin);
  return (url) => {
    try {
      const origin = new URL(url).origin;
      return origins.includes(origin) || (url.startsWith('app://sightline/') && origin === 'null');
    } catch {
      return false;
    }
  };
}

function senderUrl(event: IpcMainInvokeEvent): string {
  return event.senderFrame?.url ?? '';
}

function failure(error: unknown): IpcEnvelope {
  return { ok: false, error: errorShape(error) };
}

/** One session per window: the webContents id. */
export function sessionIdOf(event: IpcMainInvokeEvent): string {
  return `window-${event.sender.id}`;
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, engine: EngineInvoker, isTrusted: (url: string) => boolean, shell: ShellHandlers): void {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, input: unknown): Promise<IpcEnvelope> => {
    if (!isTrusted(senderUrl(event))) return failure(new ApiError('invalid_input', 'Refused: the request did not come from a Sightline page.'));
    if (typeof method !== 'string') return failure(new ApiError('invalid_input', 'The method name must be a string.'));
    try {
      return { ok: true, output: await engine.invoke(sessionIdOf(event), method, input) };
    } catch (error) {
      return failure(error);
    }
  });

  ipcMain.handle(IPC_SHELL, async (event, method: unknown, input: unknown): Promise<IpcEnvelope> => {
    if (!isTrusted(senderUrl(event))) return failure(new ApiError('invalid_input', 'Refused: the request did not come from a Sightline page.'));
    if (typeof method !== 'string' || !Object.prototype.hasOwnProperty.call(shellMethods, method)) {
      return failure(new ApiError('not_found', `There is no shell method "${String(method)}".`));
    }
    const name = method as ShellMethodName;
    const parsed = shellMethods[name].input.safeParse(input ?? {});
    if (!parsed.success) return failure(new ApiError('invalid_input', `Invalid input for ${name}: ${z.prettifyError(parsed.error)}`));
    try {
      const handler = shell[name] as (input: unknown, event: IpcMainInvokeEvent) => Promise<unknown>;
      return { ok: true, output: shellMethods[name].output.parse(await handler(parsed.data, event)) };
    } catch (error) {
      return failure(error);
    }
  });
}
