import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/services/engine.ts';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { makeCase, testEnvironment } from '../../helpers/make-case.ts';

describe('documents:extract and extract:text', () => {
  it('extracts a case\'s documents as a job with progress, then keeps ids on the second run', async () => {
    const c = makeCase({ documents: 12 });
    c.close();
    const events: { name: string; payload: unknown }[] = [];
    const engine = createEngine(testEnvironment(), (_s, name, payload) => events.push({ name, payload }));
    await engine.invoke('s', 'case:open', { path: c.path });
    const first = (await engine.invoke('s', 'documents:extract', { jobId: 'x1' })) as Record<string, number>;
    expect(first).toMatchObject({ documents: 12, added: first['claims'], removed: 0 });
    expect(first['claims']).toBeGreaterThanOrEqual(24);
    const progress = events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { jobId: string; state: string; done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ jobId: 'x1', state: 'done', done: 12, total: 12 });
    expect(events.some((e) => e.name === 'case:changed')).toBe(true);
    const second = (await engine.invoke('s', 'documents:extract', { documentIds: [c.documentIds[0]!] })) as Record<string, number>;
    expect(second).toMatchObject({ documents: 1, added: 0, removed: 0, unchanged: second['claims'] });
    engine.close();
    const open = openCase(c.path);
    const vehicles = statement(open.db, "SELECT count(*) AS n FROM claims WHERE qualifier = 'more_than' AND unit = 'armoured vehicles' AND deleted_at IS NULL").get();
    expect(vehicles).toEqual({ n: 12 });
    open.close();
  });

  it('can be cancelled between documents, leaving finished documents done', async () => {
    const c = makeCase({ documents: 30 });
    c.close();
    let asked = false;
    // Cancel as soon as the job starts: the request is served while the first document is stored.
    const engine = createEngine(testEnvironment(), (_s, name) => {
      if (name === 'job:progress' && !asked) {
        asked = true;
        setImmediate(() => void engine.invoke('s', 'jobs:cancel', { jobId: 'x2' }));
      }
    });
    await engine.invoke('s', 'case:open', { path: c.path });
    await expect(engine.invoke('s', 'documents:extract', { jobId: 'x2' })).rejects.toMatchObject({ code: 'cancelled' });
    engine.close();
    const open = openCase(c.path);
    const docs = statement(open.db, 'SELECT count(DISTINCT document_id) AS n FROM claims').get() as { n: number };
    expect(docs.n).toBeGreaterThan(0);
    expect(docs.n).toBeLessThan(30);
    open.close();
  });

  it('extract:text needs no case and validates its input', async () => {
    const engine = createEngine(testEnvironment());
    const out = (await engine.invoke('s', 'extract:text', { text: 'At least 12 soldiers were killed on Tuesday.', published: '2020-08-20' })) as {
      claims: { quantity: { value: number }; when: { start: string } }[];
    };
    expect(out.claims[0]).toMatchObject({ quantity: { value: 12, qualifier: 'at_least' }, when: { start: '2020-08-18' } });
    await expect(engine.invoke('s', 'extract:text', { text: 'x', published: 'Tuesday' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(engine.invoke('s', 'documents:extract', {})).rejects.toMatchObject({ code: 'no_case' });
    engine.close();
  });
});
