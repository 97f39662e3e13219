/**
 * Every way documents come in, available from anywhere in the workspace: the Import
 * commands (native dialogs in Electron, the in-app picker in a browser), files and folders
 * dropped on the window (by path in Electron, by content in a browser), and pasted text.
 * Progress shows in the status bar (job:progress, with Cancel); the end brings a report.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportOverrides, ImportReport } from '../../../shared/contract/documents.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { useClient } from '../../api/client-context.tsx';
import { useCommand } from '../../app/commands.tsx';
import { FilePicker } from '../../app/FilePicker.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { droppedItems } from './drop-files.ts';
import { importDropped } from './import-content.ts';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { closePasteDialog, openPasteDialog, usePasteDraft } from './import-state.ts';
import { PasteTextDialog } from './PasteTextDialog.tsx';

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.eml', '.zip', '.csv'];

function summary(report: ImportReport): string {
  const parts = [`Imported ${report.imported} document${report.imported === 1 ? '' : 's'}`];
  if (report.duplicates) parts.push(`${report.duplicates} already in the case`);
  return parts.join('; ') + '.';
}

export function DocumentImport() {
  const client = useClient();
  const notify = useToast();
  const { navigate } = useWorkspace();
  const [picker, setPicker] = useState<'files' | 'folder' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [dragging, setDragging] = useState(false);
  const [running, setRunning] = useState(false);
  const pasteDraft = usePasteDraft();
  const depth = useRef(0);

  const run = async (work: (jobId: string) => Promise<ImportReport>): Promise<void> => {
    if (running) {
      notify('info', 'An import is already running; wait for it or cancel it in the status bar.');
      return;
    }
    setRunning(true);
    navigate('documents');
    try {
      const result = await work(newId());
      const single = result.items.length === 1 && result.items[0]!.status === 'imported' ? result.items[0]! : null;
      if (result.failed.length > 0 || result.nearDuplicates.length > 0 || result.cancelled) setReport(result);
      else notify('success', summary(result));
      if (single) navigate('documents', { documentId: single.documentId });
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setRunning(false);
    }
  };

  const importPaths = (paths: string[]): void => {
    if (paths.length > 0) void run((jobId) => client.invoke('documents:import', { paths, jobId }));
  };
  const pickFiles = (): void => {
    if (!client.nativeDialogs) return setPicker('files');
    void client.pickPath('import-files').then(importPaths, (error: unknown) => notify('error', errorMessage(error)));
  };
  const pickFolder = (): void => {
    if (!client.nativeDialogs) return setPicker('folder');
    void client.pickPath('import-folder').then(importPaths, (error: unknown) => notify('error', errorMessage(error)));
  };
  const importText = (text: string, overrides: ImportOverrides): void => {
    closePasteDialog();
    void run((jobId) => client.invoke('documents:importContent', { items: [{ name: 'Pasted text.txt', text, overrides }], jobId }));
  };

  useCommand('documents.import', 'Import files…', 'Mod+I', pickFiles);
  useCommand('documents.importFolder', 'Import a folder…', undefined, pickFolder);
  useCommand('documents.paste', 'Import pasted text…', undefined, () => openPasteDialog(''));
  useCommand('documents.search', 'Search documents', 'Mod+F', () => navigate('documents', { focusSearch: Date.now() }));

  // Files dragged over any part of the window.
  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer.files);
      const paths = files.map((f) => client.pathForFile(f));
      if (paths.length > 0 && paths.every((p): p is string => Boolean(p))) {
        importPaths(paths);
        return;
      }
      const data = event.dataTransfer;
      const collected = droppedItems(data); // must start before the event returns: the data is gone afterwards
      void run(async (jobId) => importDropped(client, await collected, jobId));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <strong>Drop to import</strong>
            <span className="muted">Files, folders, .zip archives, e-mails, PDFs, Word and web pages</span>
          </div>
        </div>
      )}
      {picker && (
        <FilePicker
          title={picker === 'files' ? 'Import documents' : 'Import a folder'}
          mode={picker === 'files' ? 'file' : 'directory'}
          multiple
          {...(picker === 'files' ? { extensions: EXTENSIONS } : {})}
          onPick={(paths) => {
            setPicker(null);
            importPaths(paths);
          }}
          onClose={() => setPicker(null)}
        />
      )}
      {pasteDraft !== null && <PasteTextDialog initialText={pasteDraft} onImport={importText} onClose={closePasteDialog} />}
      {report && (
        <ImportReportDialog
          report={report}
          onOpen={(id) => {
            setReport(null);
            navigate('documents', { documentId: id });
          }}
          onClose={() => setReport(null)}
        />
      )}
    </>
  );
}
