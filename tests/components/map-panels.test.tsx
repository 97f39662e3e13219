import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../../renderer/api/client-context.tsx';
import { AddPointDialog } from '../../renderer/features/map/AddPointDialog.tsx';
import { UnresolvedPanel } from '../../renderer/features/map/UnresolvedPanel.tsx';
import { BUILT_IN_POINT_TYPES } from '../../shared/domain/point-types.ts';
import { engineClient } from '../helpers/engine-client.ts';
import { makeCase, testEnvironment } from '../helpers/make-case.ts';
import { seedPlaces } from '../helpers/seed-places.ts';

afterEach(() => cleanup());

// happy-dom has no <dialog> modal API.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

describe('adding a point by typed coordinates', () => {
  it('reads DMS as you type and adds the point there', async () => {
    const onAdd = vi.fn(async () => {});
    render(<AddPointDialog types={BUILT_IN_POINT_TYPES.map((t) => ({ ...t, builtIn: true }))} onAdd={onAdd} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Bab al-Hawa crossing' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'crossing' } });
    fireEvent.change(screen.getByLabelText('Coordinates'), { target: { value: `36°13'50"N 36°41'33"E` } });
    expect(screen.getByTestId('coordinate-echo').textContent).toContain('DMS → 36.23056, 36.69250');
    fireEvent.click(screen.getByText('Add point'));
    await waitFor(() => expect(onAdd).toHaveBeenCalled());
    const [point] = onAdd.mock.calls[0] as unknown as [{ name: string; type: string; lat: number; lon: number }];
    expect(point).toMatchObject({ name: 'Bab al-Hawa crossing', type: 'crossing' });
    expect(point.lat).toBeCloseTo(36.230556, 5);
    expect(point.lon).toBeCloseTo(36.6925, 5);
  });

  it('explains what is wrong with a coordinate and will not add', () => {
    const onAdd = vi.fn(async () => {});
    render(<AddPointDialog types={[]} onAdd={onAdd} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Coordinates'), { target: { value: '95, 36' } });
    expect(screen.getByTestId('coordinate-echo').textContent).toContain('Latitude 95 is outside');
    expect((screen.getByText('Add point') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('places to place by hand', () => {
  it('lists the unresolved places of the open case and places one by typed coordinates', async () => {
    const env = testEnvironment();
    const made = makeCase({ dir: join(env.dataDir, '..') });
    seedPlaces(made.db, [{ name: 'Kafr Losin', resolution: 'unresolved' }], [{ text: 'a column crossed at Kafr Losin', places: ['Kafr Losin'] }]);
    made.close();
    const client = engineClient(env);
    await client.invoke('case:open', { path: made.path });
    const onLocate = vi.fn(async () => {});
    render(
      <ClientProvider client={client}>
        <UnresolvedPanel picking={null} onPick={() => {}} onLocate={onLocate} onClose={() => {}} />
      </ClientProvider>,
    );
    expect(await screen.findByText('Places to place (1)')).toBeTruthy();
    expect(screen.getByText('“a column crossed at Kafr Losin”')).toBeTruthy();
    const input = screen.getByLabelText('Coordinates of Kafr Losin');
    fireEvent.change(input, { target: { value: '36.1934, 36.6456' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onLocate).toHaveBeenCalled());
    expect((onLocate.mock.calls[0] as unknown as [unknown, unknown])[1]).toEqual({ lat: 36.1934, lon: 36.6456 });
    client.engine.close();
  });
});
