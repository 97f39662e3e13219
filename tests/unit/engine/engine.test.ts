import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors.ts';
import { methods } from '../../../shared/contract/methods.ts';
import { handlers } from '../../../electron/services/api.ts';
import { createEngine } from '../../../electron/services/engine.ts';
import { testEnvironment } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

describe('engine', () => {
  it('has a handler for every contract method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('creates, describes, edits and closes a case within a session', async () => {
    const events: string[] = [];
    const engine = createEngine(testEnvironment(), (_s, name) => events.push(name));
    const path = join(tempDir(), 'idlib.sightline');
    const created = await engine.invoke('s1', 'case:create', { path, title: 'Idlib 2020' });
    expect(created).toMatchObject({ path, title: 'Idlib 2020', schemaVersion: expect.any(Number) });
    const updated = (await engine.invoke('s1', 'case:update', { description: 'Convoys' })) as { description: string };
    expect(updated.description).toBe('Convoys');
    expect(events).toContain('case:changed');
    expect(await engine.invoke('s1', 'app:info', {})).toMatchObject({ caseOpen: true, casePath: path });
    // Sessions are separate: another window has no case open.
    await expect(engine.invoke('s2', 'case:info', {})).rejects.toMatchObject({ code: 'no_case' });
    expect(await engine.invoke('s1', 'case:close', {})).toEqual({ closed: true });
    const recent = (await engine.invoke('s1', 'case:recent', {})) as { cases: { path: string }[] };
    expect(recent.cases.map((c) => c.path)).toEqual([path]);
    engine.close();
  });

  it('rejects invalid input and unknown methods with clear errors', async () => {
    const engine = createEngine(testEnvironment());
    await expect(engine.invoke('s', 'case:create', { path: '' })).rejects.toThrow(/Invalid input for case:create/);
    await expect(engine.invoke('s', 'case:explode', {})).rejects.toMatchObject({ code: 'not_found' });
    await expect(engine.invoke('s', 'case:create', { path: 5, title: 'x' })).rejects.toBeInstanceOf(ApiError);
    engine.close();
  });

  it('builds the sample case from resources once, then reopens it', async () => {
    const env = testEnvironment();
    const engine = createEngine(env);
    const first = (await engine.invoke('s', 'case:openSample', {})) as { counts: { documents: number; observationPoints: number }; path: string };
    expect(first.counts.documents).toBe(5);
    expect(first.counts.observationPoints).toBe(7);
    await engine.invoke('s', 'case:close', {});
    const again = (await engine.invoke('s', 'case:openSample', {})) as { path: string; counts: { documents: number } };
    expect(again.path).toBe(first.path);
    expect(again.counts.documents).toBe(5);
    engine.close();
  });
});
