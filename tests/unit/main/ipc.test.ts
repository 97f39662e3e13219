import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_INVOKE, IPC_SHELL, type IpcEnvelope } from '../../../shared/contract/ipc.ts';
import { methods } from '../../../shared/contract/methods.ts';
import { shellMethods } from '../../../shared/contract/shell.ts';
import { registerIpc, trustedOrigins, type ShellHandlers } from '../../../electron/main/ipc.ts';
import { createEngine } from '../../../electron/services/engine.ts';
import { testEnvironment } from '../../helpers/make-case.ts';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcEnvelope>;

function fakeEvent(url: string, id = 7): IpcMainInvokeEvent {
  return { senderFrame: { url }, sender: { id } } as unknown as IpcMainInvokeEvent;
}

function wire(engine = createEngine(testEnvironment())) {
  const channels = new Map<string, Handler>();
  const calls: string[] = [];
  const invoker = {
    invoke: (sessionId: string, method: string, input: unknown) => {
      calls.push(method);
      return engine.invoke(sessionId, method, input);
    },
  };
  const shell: ShellHandlers = {
    'shell:pickPath': async () => ({ paths: ['/tmp/picked.sightline'] }),
    'shell:reveal': async () => ({}),
  };
  registerIpc({ handle: (channel: string, handler: Handler) => void channels.set(channel, handler) } as never, invoker, trustedOrigins(undefined), shell);
  return { channels, calls };
}

describe('Electron IPC wiring', () => {
  it('registers the two channels', () => {
    const { channels } = wire();
    expect([...channels.keys()].sort()).toEqual([IPC_INVOKE, IPC_SHELL].sort());
  });

  it('routes every contract method to the engine for a trusted page', async () => {
    const { channels, calls } = wire();
    const invoke = channels.get(IPC_INVOKE)!;
    for (const method of Object.keys(methods)) {
      const reply = await invoke(fakeEvent('app://sightline/index.html'), method, {});
      // Whatever the method answers (often "invalid input" to {}), it must have reached the engine.
      expect(reply, method).toHaveProperty('ok');
    }
    expect(calls.sort()).toEqual(Object.keys(methods).sort());
  });

  it('gives each window its own session', async () => {
    const { channels } = wire();
    const invoke = channels.get(IPC_INVOKE)!;
    const a = await invoke(fakeEvent('app://sightline/index.html', 1), 'app:info', {});
    expect(a).toMatchObject({ ok: true, output: { caseOpen: false } });
  });

  it('refuses requests from pages that are not ours, before the engine runs', async () => {
    const { channels, calls } = wire();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', '']) {
      const reply = await channels.get(IPC_INVOKE)!(fakeEvent(url), 'app:info', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const shell = await channels.get(IPC_SHELL)!(fakeEvent(url), 'shell:pickPath', { purpose: 'open-case' });
      expect(shell.ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('validates shell input and routes every shell method', async () => {
    const { channels } = wire();
    const shell = channels.get(IPC_SHELL)!;
    expect(await shell(fakeEvent('app://sightline/'), 'shell:pickPath', { purpose: 'open-case' })).toEqual({ ok: true, output: { paths: ['/tmp/picked.sightline'] } });
    expect(await shell(fakeEvent('app://sightline/'), 'shell:pickPath', { purpose: 'format-disk' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await shell(fakeEvent('app://sightline/'), 'shell:nothing', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const method of Object.keys(shellMethods)) {
      const reply = await shell(fakeEvent('app://sightline/'), method, method === 'shell:pickPath' ? { purpose: 'open-case' } : { path: '/tmp' });
      expect(reply.ok, method).toBe(true);
    }
  });
});
