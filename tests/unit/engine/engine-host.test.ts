import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../../electron/transports/engine/engine-host.ts';
import { testEnvironment } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

describe('engine host (worker thread)', () => {
  it('runs calls in the worker and brings back results, errors and events', async () => {
    const host = new EngineHost(testEnvironment());
    const events: string[] = [];
    host.onEvent((e) => events.push(`${e.sessionId}:${e.name}`));
    const path = join(tempDir(), 'w.sightline');
    await expect(host.invoke('a', 'case:create', { path, title: 'Worker case' })).resolves.toMatchObject({ title: 'Worker case' });
    await host.invoke('a', 'case:update', { title: 'Renamed' });
    expect(events).toContain('a:case:changed');
    await expect(host.invoke('b', 'case:info', {})).rejects.toMatchObject({ code: 'no_case' });
    await host.close();
  });

  it('validates input on the calling side, before the worker sees it', async () => {
    const host = new EngineHost(testEnvironment(), { entry: 'throw new Error("the worker must not start")', eval: true });
    await expect(host.invoke('a', 'case:create', { title: 'no path' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(host.invoke('a', 'nope:nothing', {})).rejects.toMatchObject({ code: 'not_found' });
    await host.close();
  });
});
