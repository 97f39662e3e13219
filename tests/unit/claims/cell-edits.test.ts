/** What typed cell text means to the grid: patches checked by the contract before anything is sent. */
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { cellEdit, formatWhen, parseWhen } from '../../../renderer/features/claims/cell-edits.ts';

const row = {
  id: 'c1',
  text: 'more than 75 armoured vehicles',
  value: 75,
  whenStart: '2020-02-04',
  whenEnd: '2020-02-04',
  sourceId: 's1',
  sourceName: 'SOHR',
  reliability: null,
  credibility: null,
  places: [{ id: 'p1', name: 'Idlib' }],
  tags: [],
  status: 'unreviewed',
} as unknown as ClaimRow;
const tags = (name: string) => ({ convoy: 't1' })[name.toLowerCase()];

describe('cell edits', () => {
  it('turns typed text into patches with their undo', () => {
    expect(cellEdit('value', row, '1,200', tags)).toEqual({ kind: 'patch', patch: { value: 1200 }, undo: { value: 75 } });
    expect(cellEdit('value', row, '', tags)).toMatchObject({ patch: { value: null } });
    expect(cellEdit('places', row, 'Saraqib; Idlib', tags)).toMatchObject({ patch: { placeNames: ['Saraqib', 'Idlib'] }, undo: { placeNames: ['Idlib'] } });
    expect(cellEdit('when', row, '2020-02-01 – 2020-02-03', tags)).toMatchObject({ patch: { whenStart: '2020-02-01', whenEnd: '2020-02-03' } });
    expect(cellEdit('tags', row, 'Convoy', tags)).toMatchObject({ patch: { tagIds: ['t1'] } });
    expect(cellEdit('grade', row, 'b2', tags)).toEqual({ kind: 'grade', reliability: 'B', credibility: 2, undo: { reliability: null, credibility: null } });
    expect(cellEdit('grade', row, '3', tags)).toEqual({ kind: 'grade', credibility: 3, undo: { reliability: null, credibility: null } });
  });

  it('refuses what is not valid with a message saying why', () => {
    expect(cellEdit('value', row, 'lots', tags)).toEqual({ kind: 'error', message: '"lots" is not a number.' });
    expect(cellEdit('value', row, '-4', tags)).toMatchObject({ kind: 'error', message: 'Counts are not negative.' });
    expect(cellEdit('when', row, '4 Feb', tags)).toMatchObject({ kind: 'error', message: expect.stringMatching(/YYYY-MM-DD/) });
    expect(cellEdit('tags', row, 'nope', tags)).toMatchObject({ kind: 'error', message: 'There is no tag "nope" in the codebook.' });
    expect(cellEdit('grade', row, 'Z9', tags)).toMatchObject({ kind: 'error', message: expect.stringMatching(/not an Admiralty grade/) });
    expect(cellEdit('grade', { ...row, sourceId: null }, 'B2', tags)).toMatchObject({ kind: 'error', message: expect.stringMatching(/no source/) });
    expect(cellEdit('text', row, '   ', tags)).toMatchObject({ kind: 'error', message: 'A claim needs its words.' });
  });

  it('reads and writes periods', () => {
    expect(parseWhen('2020-02-01/2020-02-09')).toEqual({ whenStart: '2020-02-01', whenEnd: '2020-02-09' });
    expect(parseWhen('')).toEqual({ whenStart: null, whenEnd: null });
    expect(formatWhen({ whenStart: '2020-02-01', whenEnd: '2020-02-09' })).toBe('2020-02-01 – 2020-02-09');
    expect(formatWhen({ whenStart: '2020-02-01', whenEnd: null })).toBe('2020-02-01');
  });
});
