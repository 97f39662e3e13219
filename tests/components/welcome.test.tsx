import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../../renderer/api/client-context.tsx';
import { App } from '../../renderer/app/App.tsx';
import { engineClient } from '../helpers/engine-client.ts';
import { testEnvironment } from '../helpers/make-case.ts';

// The map and the grid need WebGL and layout; the end-to-end tests cover them in Chromium.
vi.mock('../../renderer/features/map/MapView.tsx', () => ({ MapCanvas: () => <div>map</div>, MapView: () => <div>map</div> }));
vi.mock('../../renderer/features/claims/ClaimsGrid.tsx', () => ({ ClaimsGrid: () => <div>grid</div> }));

afterEach(() => cleanup());

describe('welcome screen', () => {
  it('offers the ways in, then opens the sample case from the real services', async () => {
    const client = engineClient(testEnvironment());
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    expect(await screen.findByText('New case…')).toBeTruthy();
    expect(screen.getByText('Open case…')).toBeTruthy();
    fireEvent.click(screen.getByText('Open the sample case'));
    // Building the sample imports its documents and extracts their claims (the gazetteer loads on first use).
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeTruthy(), { timeout: 20_000 });
    // The sample case comes with the claims extracted from its documents.
    expect(screen.getByText(/5 documents · [1-9]\d* claims/)).toBeTruthy();
    client.engine.close();
  });

  it('lets the analyst set the name signed on their edits', async () => {
    const client = engineClient(testEnvironment());
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    fireEvent.click(await screen.findByText('Change'));
    const input = screen.getByLabelText('Your name');
    fireEvent.change(input, { target: { value: 'Amira Haddad' } });
    fireEvent.click(screen.getByText('Save'));
    await waitFor(() => expect(screen.getByText('Amira Haddad')).toBeTruthy());
    expect(await client.invoke('app:info', {})).toMatchObject({ user: { name: 'Amira Haddad' } });
    client.engine.close();
  });
});
