/** The "Open case…" and "New case…" flows, with native dialogs or the in-app picker. */
import { useState, type ReactNode } from 'react';
import { useClient } from '../api/client-context.tsx';
import { useCase } from './case-context.tsx';
import { FilePicker } from './FilePicker.tsx';
import { NewCaseDialog } from './NewCaseDialog.tsx';

export function useCaseFlows(defaultDir: string): { openCase(): void; newCase(): void; dialogs: ReactNode } {
  const client = useClient();
  const { open } = useCase();
  const [dialog, setDialog] = useState<'open' | 'new' | null>(null);

  const openCase = (): void => {
    if (!client.nativeDialogs) return setDialog('open');
    void client.pickPath('open-case').then(([path]) => {
      if (path) void open(path);
    });
  };

  const dialogs = (
    <>
      {dialog === 'open' && (
        <FilePicker
          title="Open a case"
          mode="file"
          extensions={['.sightline']}
          startDir={defaultDir}
          onPick={([path]) => {
            setDialog(null);
            if (path) void open(path);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'new' && <NewCaseDialog defaultDir={defaultDir} onClose={() => setDialog(null)} />}
    </>
  );
  return { openCase, newCase: () => setDialog('new'), dialogs };
}
