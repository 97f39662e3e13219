import { afterEach, describe, expect, it } from 'vitest';
import { TAG_PALETTE } from '../../../shared/domain/tag-palette.ts';
import { articleCase, type ArticleCase } from '../../helpers/article-case.ts';

let c: ArticleCase;
afterEach(() => c?.close());

describe('the codebook', () => {
  it('creates tags with palette colours, nests them one level and lists parents before their children', async () => {
    c = await articleCase();
    const military = await c.invoke('tags:create', { name: 'Military', description: 'Armed forces' });
    const troops = await c.invoke('tags:create', { name: 'Troop movement', parentId: military.id, color: '#D9534F' });
    const airstrikes = await c.invoke('tags:create', { name: 'Airstrikes', parentId: military.id });
    const casualties = await c.invoke('tags:create', { name: 'Casualties' });
    expect(military.color).toBe(TAG_PALETTE[0]);
    expect(troops.color).toBe('#d9534f');
    expect(airstrikes.color).toBe(TAG_PALETTE[1]);
    const { tags } = await c.invoke('tags:list', {});
    expect(tags.map((t) => t.name)).toEqual(['Casualties', 'Military', 'Airstrikes', 'Troop movement']);
    expect(tags.find((t) => t.id === troops.id)).toMatchObject({ parentId: military.id, description: '', createdBy: 'test-analyst' });
    expect(casualties.parentId).toBeNull();
    expect(c.events.some((e) => e.name === 'case:changed')).toBe(true);
  });

  it('refuses duplicate names (ignoring case), nesting deeper than one level and bad colours', async () => {
    c = await articleCase();
    const military = await c.invoke('tags:create', { name: 'Military' });
    const troops = await c.invoke('tags:create', { name: 'Troops', parentId: military.id });
    await expect(c.invoke('tags:create', { name: 'military' })).rejects.toMatchObject({ code: 'conflict', message: 'There is already a tag named "Military".' });
    await expect(c.invoke('tags:create', { name: 'Convoys', parentId: troops.id })).rejects.toThrow(/nest one level deep/);
    await expect(c.invoke('tags:update', { id: military.id, parentId: troops.id })).rejects.toThrow(/nest one level deep/);
    await expect(c.invoke('tags:update', { id: military.id, parentId: military.id })).rejects.toThrow(/under itself/);
    await expect(c.invoke('tags:create', { name: 'Red', color: 'red' })).rejects.toThrow(/#e8a33d/);
    await expect(c.invoke('tags:create', { name: '   ' })).rejects.toThrow(/needs a name/);
  });

  it('renames, recolours and un-nests with the change log and a stale-edit check', async () => {
    c = await articleCase();
    const military = await c.invoke('tags:create', { name: 'Military' });
    const troops = await c.invoke('tags:create', { name: 'Troops', parentId: military.id });
    const renamed = await c.invoke('tags:update', { id: troops.id, expectedRev: troops.rev, name: 'Troop movement', color: '#123456', parentId: null });
    expect(renamed).toMatchObject({ name: 'Troop movement', color: '#123456', parentId: null });
    await expect(c.invoke('tags:update', { id: troops.id, expectedRev: troops.rev, name: 'Again' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('deletes a tag with its children, keeps the coding, and restores both', async () => {
    c = await articleCase();
    const military = await c.invoke('tags:create', { name: 'Military' });
    const troops = await c.invoke('tags:create', { name: 'Troop movement', parentId: military.id });
    const highlight = await c.invoke('annotations:create', { ...c.span('more than 75 armoured vehicles'), tagIds: [troops.id] });
    const { deleted } = await c.invoke('tags:delete', { id: military.id });
    expect(deleted.sort()).toEqual([military.id, troops.id].sort());
    expect((await c.invoke('tags:list', {})).tags).toEqual([]);
    // While the tag is deleted the highlight shows no tag, and a new tag may take the name.
    expect((await c.invoke('annotations:list', { documentId: c.documentId })).items[0]!.tags).toEqual([]);
    const other = await c.invoke('tags:create', { name: 'Military' });
    await expect(c.invoke('tags:restore', { ids: deleted })).rejects.toThrow(/already a tag named "Military"/);
    await c.invoke('tags:delete', { id: other.id });
    expect((await c.invoke('tags:restore', { ids: deleted })).restored.sort()).toEqual([military.id, troops.id].sort());
    const [restored] = (await c.invoke('annotations:list', { documentId: c.documentId })).items;
    expect(restored!.id).toBe(highlight.id);
    expect(restored!.tags.map((t) => t.name)).toEqual(['Troop movement']);
    const tags = (await c.invoke('tags:list', {})).tags;
    expect(tags.find((t) => t.id === troops.id)?.annotationCount).toBe(1);
  });

  it('refuses to code with an unknown or deleted tag', async () => {
    c = await articleCase();
    const tag = await c.invoke('tags:create', { name: 'Shelling' });
    await c.invoke('tags:delete', { id: tag.id });
    await expect(c.invoke('annotations:create', { ...c.span('16 raids'), tagIds: [tag.id] })).rejects.toMatchObject({ code: 'not_found' });
  });
});
