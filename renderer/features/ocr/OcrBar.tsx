/**
 * The reader's OCR line for a scanned document: the language set it was read with, a
 * confidence badge per page (a click shows the page), how many words are marked to check
 * (shown or hidden), and "Read again…" with another language set (documents:reocr:
 * annotations and claims follow their words like after a new version).
 */
import { useState } from 'react';
import type { OcrInfo } from '../../../shared/contract/ocr.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import type { TextRange } from '../documents/text-layout.ts';
import { confidenceLevel, wordsToCheck } from './ocr-highlights.ts';
import './ocr.css';

function ReadAgainDialog({ documentId, current, onClose }: { documentId: string; current: string; onClose(): void }) {
  const client = useClient();
  const notify = useToast();
  const languages = useApi('ocr:languages', {});
  const [chosen, setChosen] = useState(current);
  const [forCase, setForCase] = useState(false);
  const [busy, setBusy] = useState(false);
  const options = (languages.data?.languages ?? []).flatMap((l) => (l.code === 'eng' ? [l.code] : [l.code, `${l.code}+eng`]));
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      if (forCase) await client.invoke('ocr:setCaseDefault', { languages: chosen });
      const result = await client.invoke('documents:reocr', { documentId, languages: chosen });
      const moved = result.report.annotations.moved + result.report.claims.moved;
      const lost = result.report.annotations.orphaned + result.report.claims.orphaned;
      notify('info', result.textChanged ? `Read again with ${chosen}.${moved ? ` ${moved} annotations or claims moved.` : ''}${lost ? ` ${lost} not found: see the annotation list.` : ''}` : `Read again with ${chosen}: the same text.`);
      onClose();
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Read the scan again"
      onClose={onClose}
      confirm={{ label: busy ? 'Reading…' : 'Read again', disabled: busy || chosen === current, onConfirm: () => void run() }}
    >
      <p>The scan is read again from its original file. Annotations and claims follow their words into the new text.</p>
      <label className="field">
        <span>Language</span>
        <select value={chosen} onChange={(e) => setChosen(e.target.value)} aria-label="OCR language">
          {[...new Set([current, ...options])].map((set) => (
            <option key={set} value={set}>
              {set}
            </option>
          ))}
        </select>
      </label>
      <label className="ocr-case-default">
        <input type="checkbox" checked={forCase} onChange={(e) => setForCase(e.target.checked)} />
        <span>Read this case’s next scans with it too{languages.data?.caseDefault ? ` (now ${languages.data.caseDefault})` : ' (now guessed from each scan’s script)'}</span>
      </label>
    </Dialog>
  );
}

export function OcrBar({
  documentId,
  info,
  pages,
  marksShown,
  onToggleMarks,
  onShowPage,
}: {
  documentId: string;
  info: OcrInfo;
  pages: number[];
  marksShown: boolean;
  onToggleMarks(): void;
  onShowPage(range: TextRange): void;
}) {
  const [reading, setReading] = useState(false);
  const toCheck = wordsToCheck(info);
  return (
    <div className="ocr-bar" aria-label="OCR confidence">
      <span className="faint">OCR ({info.languages})</span>
      {info.pages.map((page) => {
        const start = pages[page.page - 1] ?? 0;
        return (
          <button
            key={page.page}
            className={`ocr-badge ocr-${confidenceLevel(page.confidence)}`}
            data-page={page.page}
            title={page.error ?? `Page ${page.page}: tesseract's mean word confidence ${page.confidence ?? '–'}%; ${page.lowConfidence.length} words to check`}
            onClick={() => onShowPage({ start, end: start + 1 })}
          >
            p. {page.page} · {page.error ? 'not read' : page.confidence === null ? 'no text' : `${page.confidence}%`}
          </button>
        );
      })}
      {toCheck > 0 && (
        <button className={`button small ${marksShown ? 'active' : ''}`} aria-pressed={marksShown} onClick={onToggleMarks} title="Words read with low confidence, and digits repaired, are underlined">
          {toCheck} {toCheck === 1 ? 'word' : 'words'} to check
        </button>
      )}
      <span className="grow" />
      <button className="button small" onClick={() => setReading(true)} title="OCR the scan again with another language">
        Read again…
      </button>
      {reading && <ReadAgainDialog documentId={documentId} current={info.languages} onClose={() => setReading(false)} />}
    </div>
  );
}
