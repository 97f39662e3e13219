/**
 * "New version…" in the reader: choose the corrected file, replace the document's text, and
 * see what its annotations and claims did — in place, moved, changed (to review), not found.
 */
import { useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { useClient } from '../../api/client-context.tsx';
import { useCommand } from '../../app/commands.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { STATUS_LABELS } from './annotation-groups.ts';
import { useFileChoice } from './use-file-choice.tsx';

type Result = MethodOutput<'documents:reimport'>;

function Counts({ label, counts }: { label: string; counts: Result['report']['annotations'] }) {
  const total = counts.anchored + counts.moved + counts.fuzzy + counts.orphaned;
  if (total === 0) return null;
  return (
    <li>
      {total} {label}: {counts.anchored} in place, {counts.moved} moved
      {counts.fuzzy > 0 && <span className="warning-text">, {counts.fuzzy} changed — to review</span>}
      {counts.orphaned > 0 && <span className="error-text">, {counts.orphaned} not found</span>}
    </li>
  );
}

function ReportDialog({ result, title, onClose }: { result: Result; title: string; onClose(): void }) {
  const { report } = result;
  return (
    <Dialog
      title="New version imported"
      onClose={onClose}
      width={620}
      footer={
        <button className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <p dir="auto">
        {result.textChanged ? (
          <>
            The text of <strong>{title}</strong> was replaced. The previous version’s file ({result.previous.fileName ?? 'unnamed'}) stays in the case.
          </>
        ) : (
          <>The new file has the same text; nothing needed re-anchoring.</>
        )}
      </p>
      <ul className="import-anchors">
        <Counts label="annotations" counts={report.annotations} />
        <Counts label="claims" counts={report.claims} />
      </ul>
      {report.changed.length > 0 && (
        <ul className="reanchor-changes" aria-label="What changed">
          {report.changed.map((item) => (
            <li key={item.table + item.id}>
              <span className={`pill anchor-pill anchor-${item.status}`}>{STATUS_LABELS[item.status]}</span> <span className="faint">{item.table === 'claims' ? 'claim' : 'annotation'}</span>{' '}
              <span dir="auto">“{item.before}”</span>
              {item.after !== null && item.after !== item.before && (
                <>
                  {' '}
                  → <span dir="auto">“{item.after}”</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.changed.some((c) => c.status === 'fuzzy' || c.status === 'orphaned') && (
        <p className="muted">Those to review are at the top of the annotation list: confirm them, or select their words again and re-attach.</p>
      )}
    </Dialog>
  );
}

export function ReimportAction({ documentId, title, disabled }: { documentId: string; title: string; disabled: boolean }) {
  const client = useClient();
  const notify = useToast();
  const files = useFileChoice();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const run = async (): Promise<void> => {
    const path = await files.choose({ mode: 'file', title: `New version of “${title}”` });
    if (!path) return;
    setBusy(true);
    try {
      setResult(await client.invoke('documents:reimport', { documentId, path }));
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  useCommand('documents.reimport', 'Replace this document with a new version…', undefined, () => void run());
  return (
    <>
      <button className="button small" disabled={disabled || busy} onClick={() => void run()} title="Replace the text with a corrected version; annotations and claims follow their words">
        {busy ? 'Re-anchoring…' : 'New version…'}
      </button>
      {result && <ReportDialog result={result} title={title} onClose={() => setResult(null)} />}
      {files.dialog}
    </>
  );
}
