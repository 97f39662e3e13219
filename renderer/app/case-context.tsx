/** The open case and the ways to change it (new, open, sample, close), shared by the whole UI. */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { CaseInfo } from '../../shared/contract/case.ts';
import { useClient, useEvent } from '../api/client-context.tsx';
import { errorMessage, useToast } from './toasts.tsx';

interface CaseState {
  info: CaseInfo | null;
  /** Opens a case file by path. */
  open(path: string): Promise<void>;
  create(path: string, title: string): Promise<void>;
  openSample(): Promise<void>;
  close(): Promise<void>;
  refresh(): Promise<void>;
  busy: string | null;
}

const CaseContext = createContext<CaseState | null>(null);

export function useCase(): CaseState {
  const state = useContext(CaseContext);
  if (!state) throw new Error('useCase outside CaseProvider');
  return state;
}

export function CaseProvider({ initial, children }: { initial: CaseInfo | null; children: ReactNode }) {
  const client = useClient();
  const notify = useToast();
  const [info, setInfo] = useState<CaseInfo | null>(initial);
  const [busy, setBusy] = useState<string | null>(null);

  const run = useCallback(
    async (label: string, work: () => Promise<CaseInfo | null>) => {
      setBusy(label);
      try {
        setInfo(await work());
      } catch (error) {
        notify('error', errorMessage(error));
      } finally {
        setBusy(null);
      }
    },
    [notify],
  );

  const refresh = useCallback(async () => {
    if (!info) return;
    try {
      setInfo(await client.invoke('case:info', {}));
    } catch {
      // the case was closed meanwhile (another window, the CLI): keep what we show
    }
  }, [client, info]);

  useEvent('case:changed', () => void refresh());

  const state: CaseState = {
    info,
    busy,
    refresh,
    open: (path) => run('Opening the case…', () => client.invoke('case:open', { path })),
    create: (path, title) => run('Creating the case…', () => client.invoke('case:create', { path, title })),
    openSample: () => run('Preparing the sample case…', () => client.invoke('case:openSample', {})),
    close: () =>
      run('Closing…', async () => {
        await client.invoke('case:close', {});
        return null;
      }),
  };
  return <CaseContext.Provider value={state}>{children}</CaseContext.Provider>;
}
