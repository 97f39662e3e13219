import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSampleCase } from '../../../electron/services/casefile/sample-case.ts';
import {
  addPointType,
  createPoint,
  deletePoint,
  getPoint,
  listPoints,
  pointHistory,
  pointLinks,
  restorePoint,
  updatePoint,
} from '../../../electron/services/observation-points/observation-points.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { seedPlaces } from '../../helpers/seed-places.ts';

const SAMPLE = join(new URL('../../../', import.meta.url).pathname, 'resources/sample');

/** The sample case is built through the import pipeline, which parses asynchronously. */
async function sampleCase() {
  const c = makeCase();
  await fillSampleCase(c.db, SAMPLE, TEST_ACTOR);
  return c;
}

describe('observation points on the sample case', () => {
  it('lists the sample posts with their types', async () => {
    const c = await sampleCase();
    const { points, types } = listPoints(c.db);
    expect(points).toHaveLength(7);
    expect(points.map((p) => p.name)).toContain("Qalat Sim'an");
    expect(points.every((p) => p.type === 'observation post')).toBe(true);
    expect(types.map((t) => t.name).slice(0, 4)).toEqual(['observation post', 'crossing', 'base', 'checkpoint']);
    c.close();
  });

  it('adds, renames, moves, deletes and restores a point, each step in its history', async () => {
    const c = await sampleCase();
    const point = c.db.transaction(() => createPoint(c.db, { name: 'Bab al-Hawa crossing', type: 'crossing', lat: 36.230556, lon: 36.6925, notes: '' }, 'analyst-a'))();
    const renamed = updatePoint(c.db, { id: point.id, expectedRev: point.rev, name: 'Bab al-Hawa border crossing' }, 'analyst-b');
    expect(renamed.name).toBe('Bab al-Hawa border crossing');
    expect(renamed.rev).not.toBe(point.rev);
    const moved = updatePoint(c.db, { id: point.id, lat: 36.2311, lon: 36.6931 }, 'analyst-b');
    expect([moved.lat, moved.lon]).toEqual([36.2311, 36.6931]);
    expect(() => updatePoint(c.db, { id: point.id, expectedRev: point.rev, notes: 'stale' }, 'analyst-a')).toThrow(/changed by analyst-b meanwhile/);
    deletePoint(c.db, point.id, 'analyst-a');
    expect(listPoints(c.db).points.map((p) => p.id)).not.toContain(point.id);
    expect(() => getPoint(c.db, point.id)).toThrow(/no longer exists/);
    expect(restorePoint(c.db, point.id, 'analyst-a').name).toBe('Bab al-Hawa border crossing');

    const history = pointHistory(c.db, point.id).changes;
    expect(history.map((h) => [h.op, h.actor, h.summary])).toEqual([
      ['insert', 'analyst-a', 'Added Bab al-Hawa crossing'],
      ['update', 'analyst-b', null],
      ['update', 'analyst-b', 'Moved'],
      ['delete', 'analyst-a', 'Deleted Bab al-Hawa border crossing'],
      ['restore', 'analyst-a', 'Restored Bab al-Hawa border crossing'],
    ]);
    expect(history[1]!.before).toEqual({ name: 'Bab al-Hawa crossing' });
    expect(history[2]!.after).toEqual({ lat: 36.2311, lon: 36.6931 });
    c.close();
  });

  it('links claims and documents, refusing ids that are not in the case', async () => {
    const c = await sampleCase();
    const documentId = (c.db.prepare('SELECT id FROM documents LIMIT 1').get() as { id: string }).id;
    const { claimIds } = seedPlaces(c.db, [{ name: 'Idlib', lat: 35.93, lon: 36.63 }], [{ text: 'convoy', places: ['Idlib'], documentId }]);
    const point = listPoints(c.db).points[0]!;
    const linked = updatePoint(c.db, { id: point.id, links: { claimIds, documentIds: [documentId] } }, 'analyst-a');
    expect(linked.links).toEqual({ claimIds, documentIds: [documentId] });
    expect(linked.rev).not.toBe(point.rev);
    expect(pointLinks(c.db, point.id).claims.map((x) => [x.text, x.documentId])).toEqual([['convoy', documentId]]);
    expect(pointHistory(c.db, point.id).changes.at(-1)!.summary).toBe('linked 1 claim, linked 1 document');
    expect(() => updatePoint(c.db, { id: point.id, links: { claimIds: ['no-such-claim'], documentIds: [] } }, 'x')).toThrow(/No claim with id no-such-claim/);
    expect(getPoint(c.db, point.id).links.claimIds).toEqual(claimIds); // the refused edit changed nothing
    const unlinked = updatePoint(c.db, { id: point.id, links: { claimIds: [], documentIds: [documentId] } }, 'analyst-a');
    expect(unlinked.links.claimIds).toEqual([]);
    c.close();
  });

  it('lets the case add point types, once each', async () => {
    const c = await sampleCase();
    const types = addPointType(c.db, { name: 'airfield', color: '#123456' }, 'analyst-a');
    expect(types.at(-1)).toEqual({ name: 'airfield', color: '#123456', builtIn: false });
    expect(() => addPointType(c.db, { name: 'Airfield' }, 'x')).toThrow(/already a point type/);
    expect(() => addPointType(c.db, { name: 'crossing' }, 'x')).toThrow(/already a point type/);
    c.close();
  });
});
