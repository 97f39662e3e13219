/** The root: learns the session state, then shows the welcome screen or the open case. */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/app.ts';
import type { CaseInfo } from '../../shared/contract/case.ts';
import { useClient } from '../api/client-context.tsx';
import { CaseProvider, useCase } from './case-context.tsx';
import { ClaimScopeProvider } from './claim-scope.tsx';
import { CommandProvider } from './commands.tsx';
import { useTheme } from './theme.ts';
import { ToastProvider } from './toasts.tsx';
import { Welcome } from './Welcome.tsx';
import { Workspace } from './Workspace.tsx';
import { DEFAULT_VIEW } from './views.tsx';
import { WorkspaceProvider } from './workspace-state.tsx';

function Screens({ app, reloadApp }: { app: AppInfo; reloadApp(): void }) {
  const { info } = useCase();
  const [theme, toggleTheme] = useTheme();
  if (!info) return <Welcome app={app} onAppChanged={reloadApp} />;
  return (
    <WorkspaceProvider key={info.id} defaultView={DEFAULT_VIEW}>
      <ClaimScopeProvider>
        <Workspace app={app} theme={theme} toggleTheme={toggleTheme} />
      </ClaimScopeProvider>
    </WorkspaceProvider>
  );
}

export function App() {
  const client = useClient();
  const [state, setState] = useState<{ app: AppInfo; initialCase: CaseInfo | null } | { error: string } | null>(null);
  const load = useCallback(async () => {
    try {
      const app = await client.invoke('app:info', {});
      const initialCase = app.caseOpen ? await client.invoke('case:info', {}) : null;
      setState({ app, initialCase });
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  }, [client]);
  useEffect(() => void load(), [load]);

  if (state === null) return <div className="empty-state">Starting Sightline…</div>;
  if ('error' in state) return <div className="empty-state error-text">{state.error}</div>;
  return (
    <ToastProvider>
      <CaseProvider initial={state.initialCase}>
        <CommandProvider>
          <Screens app={state.app} reloadApp={() => void load()} />
        </CommandProvider>
      </CaseProvider>
    </ToastProvider>
  );
}
