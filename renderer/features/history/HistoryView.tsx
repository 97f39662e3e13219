/**
 * History and sharing: every change in the case (and each record's own history), the
 * conflicts a merge left to resolve, and the two sharing actions — "Export case…" and
 * "Merge a colleague's case…".
 */
import { useState } from 'react';
import { useApi } from '../../api/client-context.tsx';
import { useCase } from '../../app/case-context.tsx';
import { useCommand } from '../../app/commands.tsx';
import { useFileChoice } from '../annotations/use-file-choice.tsx';
import { ChangeList } from './ChangeList.tsx';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import './history.css';

export function HistoryView() {
  const { info } = useCase();
  const files = useFileChoice();
  const [tab, setTab] = useState<'changes' | 'conflicts'>('changes');
  const [exportTo, setExportTo] = useState<string | null>(null);
  const [mergeFrom, setMergeFrom] = useState<string | null>(null);
  const conflicts = useApi('share:conflicts', { includeResolved: false });
  const open = conflicts.data?.conflicts.length ?? 0;

  const chooseExport = async (): Promise<void> => {
    const name = `${(info?.title ?? 'case').replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'case'} export.sightline`;
    const path = await files.choose({ mode: 'save', title: 'Export case to…', defaultName: name, extensions: ['.sightline'] });
    if (path) setExportTo(path);
  };
  const chooseMerge = async (): Promise<void> => {
    const path = await files.choose({ mode: 'file', title: "Merge a colleague's case", extensions: ['.sightline'] });
    if (path) setMergeFrom(path);
  };
  useCommand('share.export', 'Export case…', undefined, () => void chooseExport());
  useCommand('share.merge', "Merge a colleague's case…", undefined, () => void chooseMerge());

  return (
    <div className="history-view">
      <div className="toolbar">
        <div className="history-tabs" role="tablist">
          <button role="tab" aria-selected={tab === 'changes'} className={`button ghost ${tab === 'changes' ? 'active' : ''}`} onClick={() => setTab('changes')}>
            Changes
          </button>
          <button role="tab" aria-selected={tab === 'conflicts'} className={`button ghost ${tab === 'conflicts' ? 'active' : ''}`} onClick={() => setTab('conflicts')}>
            Conflicts {open > 0 && <span className="pill conflict-count">{open}</span>}
          </button>
        </div>
        <span className="grow" />
        <button className="button" onClick={() => void chooseExport()}>
          Export case…
        </button>
        <button className="button" onClick={() => void chooseMerge()}>
          Merge a colleague's case…
        </button>
      </div>
      <div className="history-body">{tab === 'changes' ? <ChangeList /> : <ConflictsPanel />}</div>
      {exportTo && <ExportDialog path={exportTo} onClose={() => setExportTo(null)} />}
      {mergeFrom && (
        <MergeDialog
          path={mergeFrom}
          onClose={() => setMergeFrom(null)}
          onConflicts={() => {
            setMergeFrom(null);
            setTab('conflicts');
          }}
        />
      )}
      {files.dialog}
    </div>
  );
}
