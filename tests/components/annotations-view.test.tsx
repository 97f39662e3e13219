import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../../renderer/api/client-context.tsx';
import { App } from '../../renderer/app/App.tsx';
import { belongsToTextField } from '../../renderer/app/commands.tsx';
import { ARTICLE, articleCase } from '../helpers/article-case.ts';
import { engineClient } from '../helpers/engine-client.ts';
import { testEnvironment } from '../helpers/make-case.ts';

vi.mock('../../renderer/features/map/MapView.tsx', () => ({ MapCanvas: () => <div>map</div>, MapView: () => <div>map</div> }));
vi.mock('../../renderer/features/claims/ClaimsGrid.tsx', () => ({ ClaimsGrid: () => <div>grid</div> }));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function span(quote: string, documentId: string) {
  const start = ARTICLE.indexOf(quote);
  return { documentId, start, end: start + quote.length, exact: quote };
}

describe('the Annotations view', () => {
  it('groups the case’s quotes by tag, filters by tag, and undoes a tag deletion', async () => {
    const made = await articleCase();
    made.close();
    const client = engineClient(testEnvironment());
    await client.invoke('case:open', { path: made.path });
    const military = await client.invoke('tags:create', { name: 'Military' });
    const troops = await client.invoke('tags:create', { name: 'Troop movement', parentId: military.id, description: 'Convoys and columns' });
    await client.invoke('annotations:create', { ...span('more than 75 armoured vehicles', made.documentId), tagIds: [troops.id], note: 'SOHR figure' });
    await client.invoke('annotations:create', { ...span('Kafr Losin crossing', made.documentId), kind: 'note', note: 'crossing point' });
    localStorage.setItem('sightline.view', 'annotations');
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    const groups = await screen.findByRole('region', { name: 'Annotations by tag' });
    const troopGroup = await within(groups).findByRole('region', { name: 'Military › Troop movement' });
    expect(within(troopGroup).getByText('more than 75 armoured vehicles')).toBeTruthy();
    expect(within(troopGroup).getByText('SOHR figure')).toBeTruthy();
    expect(within(troopGroup).getByText('Convoys and columns')).toBeTruthy();
    expect(within(groups).getByRole('region', { name: 'Untagged' })).toBeTruthy();

    // Choosing the parent tag shows its family only.
    fireEvent.click(within(screen.getByRole('listbox', { name: 'Show annotations with tag' })).getByText('Military'));
    await waitFor(() => expect(within(groups).queryByRole('region', { name: 'Untagged' })).toBeNull());
    expect(within(groups).getByRole('region', { name: 'Military › Troop movement' })).toBeTruthy();

    // Delete the child tag in the codebook editor, then undo from the toast.
    fireEvent.click(screen.getByRole('button', { name: 'Edit…' }));
    const editor = await screen.findByRole('dialog', { name: 'Codebook' });
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete Troop movement' }));
    await waitFor(() => expect(within(editor).queryByRole('button', { name: 'Delete Troop movement' })).toBeNull());
    expect((await client.invoke('tags:list', {})).tags.map((t) => t.name)).toEqual(['Military']);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await client.invoke('tags:list', {})).tags.map((t) => t.name)).toEqual(['Military', 'Troop movement']));
    client.engine.close();
  });
});

describe('shortcuts in text fields', () => {
  it('leave plain keys and editing keys to the field, and take the rest', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const div = document.createElement('div');
    expect(belongsToTextField('H', input)).toBe(true);
    expect(belongsToTextField('Shift+H', input)).toBe(true);
    expect(belongsToTextField('Mod+Z', input)).toBe(true);
    expect(belongsToTextField('Mod+K', input)).toBe(false);
    expect(belongsToTextField('Alt+5', input)).toBe(false);
    expect(belongsToTextField('F3', input)).toBe(false);
    expect(belongsToTextField('H', checkbox)).toBe(false);
    expect(belongsToTextField('H', div)).toBe(false);
    expect(belongsToTextField('H', document.createElement('textarea'))).toBe(true);
  });
});
