/** What an import did: imported, duplicates, near-duplicates and failures, each failure with its reason. */
import type { ImportReport } from '../../../shared/contract/documents.ts';
import { Dialog } from '../../app/Dialog.tsx';
import { percent } from './format.ts';

export function ImportReportDialog({ report, onOpen, onClose }: { report: ImportReport; onOpen(id: string): void; onClose(): void }) {
  const title = report.cancelled ? 'Import cancelled' : report.failed.length > 0 ? 'Import finished with problems' : 'Import finished';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      width={680}
      footer={
        <button className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <ul className="report-counts" aria-label="Import summary">
        <li>
          <strong>{report.imported}</strong> imported
        </li>
        <li>
          <strong>{report.duplicates}</strong> {report.duplicates === 1 ? 'duplicate' : 'duplicates'} (already in the case, not added again)
        </li>
        <li>
          <strong>{report.nearDuplicates.length}</strong> near-{report.nearDuplicates.length === 1 ? 'duplicate' : 'duplicates'}
        </li>
        <li className={report.failed.length > 0 ? 'error-text' : ''}>
          <strong>{report.failed.length}</strong> failed
        </li>
      </ul>
      {report.cancelled && <p className="muted">Every document listed as imported is in the case whole; the rest was not imported.</p>}
      {report.nearDuplicates.length > 0 && (
        <section>
          <h3 className="section-title">Near-duplicates</h3>
          <ul className="report-list">
            {report.nearDuplicates.map((near) => (
              <li key={near.documentId}>
                <button className="link-button" onClick={() => onOpen(near.documentId)} dir="auto">
                  {near.title}
                </button>{' '}
                is <strong>{percent(near.similarity)}</strong> the same text as{' '}
                <button className="link-button" onClick={() => onOpen(near.similarTo.documentId)} dir="auto">
                  {near.similarTo.title}
                </button>
                {near.similarTo.sourceName ? ` (${near.similarTo.sourceName})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.failed.length > 0 && (
        <section>
          <h3 className="section-title">Not imported</h3>
          <ul className="report-list failures">
            {report.failed.map((failure, index) => (
              <li key={index}>
                <span className="mono" dir="auto">
                  {failure.file}
                </span>
                <span className="muted">: {failure.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
