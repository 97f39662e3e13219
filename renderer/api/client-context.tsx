/** React access to the client: the provider, and hooks for calls and events. */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/errors.ts';
import type { EventName, EventPayload } from '../../shared/contract/events.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods.ts';
import type { SightlineClient } from './client.ts';

const ClientContext = createContext<SightlineClient | null>(null);

export function ClientProvider({ client, children }: { client: SightlineClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): SightlineClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

/** Subscribes to a service event for the lifetime of the component. */
export function useEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const client = useClient();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}

export interface Query<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Calls `method` and keeps the result; calls again when `input` changes (compared as
 * JSON) and when the case reports a change to one of `tables` (all changes when omitted).
 */
export function useApi<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  options: { tables?: string[] } = {},
): Query<MethodOutput<M>> {
  const client = useClient();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ data?: MethodOutput<M>; error?: ApiError; loading: boolean }>({ loading: key !== null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const tables = options.tables?.join(',');

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    client.invoke(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => live && setState({ data, loading: false }),
      (error: ApiError) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [client, method, key, generation]);

  useEvent('case:changed', ({ tables: changed }) => {
    if (!tables || changed.some((t) => tables.split(',').includes(t))) reload();
  });

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
