import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateRecord } from '../../electron/services/casefile/record-store.ts';
import { ClientProvider } from '../../renderer/api/client-context.tsx';
import { App } from '../../renderer/app/App.tsx';
import { engineClient } from '../helpers/engine-client.ts';
import { makeCase, testEnvironment } from '../helpers/make-case.ts';
import { copyOf, exportTo } from '../unit/share/share-fixtures.ts';

vi.mock('../../renderer/features/map/MapView.tsx', () => ({ MapCanvas: () => <div>map</div>, MapView: () => <div>map</div> }));
vi.mock('../../renderer/features/claims/ClaimsGrid.tsx', () => ({ ClaimsGrid: () => <div>grid</div> }));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the History view', () => {
  it('lists a merged conflict, resolves it with an edited version, and shows the record’s history', async () => {
    const mine = makeCase({ documents: 1 });
    const theirs = copyOf(mine.db, mine.path, mine.dir, 'theirs');
    const id = mine.documentIds[0]!;
    updateRecord(mine.db, 'documents', id, { title: 'Mine' }, 'me');
    updateRecord(theirs.db, 'documents', id, { title: 'Theirs' }, 'colleague');
    theirs.close();
    const file = exportTo(theirs.path, mine.dir);
    mine.close();
    const client = engineClient(testEnvironment());
    await client.invoke('case:open', { path: mine.path });
    const report = await client.invoke('share:merge', { path: file });
    expect(report.conflicts).toHaveLength(1);
    localStorage.setItem('sightline.view', 'history');
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Conflicts/ }));
    const card = await screen.findByRole('article', { name: 'Conflict 1 of 1' });
    expect(within(card).getByText('Theirs', { selector: '.conflict-theirs' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Edit…' }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Kept title' }), { target: { value: 'Mine and theirs' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save this version' }));
    await screen.findByText(/No conflicts to resolve/);
    const { conflicts } = await client.invoke('share:conflicts', { includeResolved: true });
    expect(conflicts[0]).toMatchObject({ resolution: 'edited' });

    fireEvent.click(screen.getByRole('tab', { name: /Changes/ }));
    const table = await screen.findByRole('table', { name: 'Changes' });
    await waitFor(() => expect(within(table).getAllByText(/merged by hand with colleague's version/).length).toBeGreaterThan(0));
    fireEvent.click(within(table).getAllByText(/merged by hand/)[0]!);
    const history = await screen.findByRole('complementary', { name: 'Record history' });
    await waitFor(() => expect(within(history).getAllByText('colleague').length).toBeGreaterThan(0));
  }, 30_000);
});
