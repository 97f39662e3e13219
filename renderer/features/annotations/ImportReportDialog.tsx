/** What an import of W3C annotations did: how many landed where, and each one refused. */
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { Dialog } from '../../app/Dialog.tsx';

export type ImportReport = MethodOutput<'annotations:import'>;

export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose(): void }) {
  const a = report.anchors;
  return (
    <Dialog
      title="Annotations imported"
      onClose={onClose}
      footer={
        <button className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <p>
        Imported <strong>{report.imported}</strong> annotation{report.imported === 1 ? '' : 's'}
        {report.skipped > 0 && `; ${report.skipped} already in the case`}.
      </p>
      {report.imported > 0 && (
        <ul className="import-anchors">
          <li>{a.anchored} at their place</li>
          {a.moved > 0 && <li>{a.moved} found elsewhere in the text (moved)</li>}
          {a.fuzzy > 0 && <li className="warning-text">{a.fuzzy} on changed words — review them</li>}
          {a.orphaned > 0 && <li className="error-text">{a.orphaned} whose words are not in the text (kept, marked “not found”)</li>}
        </ul>
      )}
      {report.tagsCreated.length > 0 && <p className="muted">New tags: {report.tagsCreated.join(', ')}</p>}
      {report.problems.length > 0 && (
        <>
          <p className="error-text">{report.problems.length} could not be imported:</p>
          <ul className="import-problems mono">
            {report.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
