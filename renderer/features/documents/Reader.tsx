/**
 * The reader: a document's details and its text with page markers, the current search's
 * hits highlighted (with next/previous), and an optional span to show (a claim, a hit).
 * Annotations (renderer/features/annotations) draw their highlights here, list themselves
 * beside the text, and act on the selection (H, N, C).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract/documents.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { useCommand } from '../../app/commands.tsx';
import { joinIsolated } from '../../app/bidi.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { ReimportAction } from '../annotations/ReimportAction.tsx';
import { useReaderAnnotations } from '../annotations/use-reader-annotations.tsx';
import { DocumentText, type Highlight } from './DocumentText.tsx';
import { formatBytes, formatLabel, formatPublished, percent } from './format.ts';
import { MetadataPanel } from './MetadataPanel.tsx';
import { ocrInfoOf } from '../../../shared/contract/ocr.ts';
import { OcrBar } from '../ocr/OcrBar.tsx';
import { ocrHighlights } from '../ocr/ocr-highlights.ts';
import { pageAt, type TextRange } from './text-layout.ts';

/** Keeps the same object while the document's revision is unchanged, so the text does not re-render on unrelated changes. */
function useStableDocument(doc: DocumentDetail | undefined): DocumentDetail | undefined {
  const last = useRef<DocumentDetail | undefined>(undefined);
  if (doc && (!last.current || last.current.id !== doc.id || last.current.rev !== doc.rev || last.current.deleted !== doc.deleted || last.current.nearDuplicates.length !== doc.nearDuplicates.length)) {
    last.current = doc;
  }
  return doc ? last.current : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

export function Reader({ documentId, query, focus, onOpen }: { documentId: string; query: string; focus: TextRange | null; onOpen(id: string, focus?: TextRange): void }) {
  const client = useClient();
  const notify = useToast();
  const { navigate } = useWorkspace();
  const loaded = useApi('documents:get', { id: documentId }, { tables: ['documents', 'sources', 'near_duplicates'] });
  const doc = useStableDocument(loaded.data);
  const [showDetails, setShowDetails] = useState(false);
  const [matchIndex, setMatchIndex] = useState<number | null>(null);
  const matches = useApi('search:highlights', query.trim() && doc ? { documentId, query } : null, { tables: ['documents'] });
  const ranges = useMemo(() => matches.data?.ranges ?? [], [matches.data]);

  useEffect(() => setMatchIndex(null), [documentId, query]);
  const [jump, setJump] = useState<TextRange | null>(null);
  useEffect(() => setJump(null), [documentId, focus]);
  const textBox = useRef<HTMLDivElement>(null);
  const annotating = useReaderAnnotations({ documentId, text: doc?.text ?? '', container: textBox, onJump: setJump });
  const [showAnnotations, setShowAnnotations] = useState(() => localStorage.getItem('sightline.reader.annotations') !== 'hidden');
  const toggleAnnotations = (): void =>
    setShowAnnotations((shown) => {
      localStorage.setItem('sightline.reader.annotations', shown ? 'hidden' : 'shown');
      return !shown;
    });
  useCommand('annotations.toggleList', showAnnotations ? 'Hide the annotation list' : 'Show the annotation list', 'Mod+Shift+A', toggleAnnotations);

  const ocr = useMemo(() => ocrInfoOf(doc?.metadata), [doc]);
  const [ocrMarks, setOcrMarks] = useState(true);
  const ocrMarked = useMemo(() => (ocrMarks ? ocrHighlights(ocr) : []), [ocr, ocrMarks]);
  const highlights = useMemo<Highlight[]>(
    () => [...ocrMarked, ...annotating.highlights, ...ranges.map((r) => ({ ...r, kind: 'search' }))],
    [ocrMarked, annotating.highlights, ranges],
  );
  const current = matchIndex !== null ? ranges[matchIndex] ?? null : null;
  const shownFocus = current ?? jump ?? focus;

  const step = (delta: number): void => {
    if (ranges.length === 0) return;
    setMatchIndex((i) => (i === null ? (delta > 0 ? 0 : ranges.length - 1) : (i + delta + ranges.length) % ranges.length));
  };
  useCommand('documents.nextMatch', 'Next match in the document', 'F3', () => step(1));
  useCommand('documents.previousMatch', 'Previous match in the document', 'Shift+F3', () => step(-1));
  useCommand('documents.details', 'Show document details', 'Mod+Shift+I', () => setShowDetails((s) => !s));

  if (loaded.error) return <div className="empty-state error-text">{loaded.error.message}</div>;
  if (!doc) return <div className="empty-state">Opening the document…</div>;

  const remove = async (): Promise<void> => {
    try {
      const { deleted } = await client.invoke('documents:delete', { ids: [doc.id] });
      notify('info', deleted.length > 1 ? `Deleted "${doc.title}" and ${deleted.length - 1} attachment(s). Restore it from the banner.` : `Deleted "${doc.title}".`);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const restore = async (): Promise<void> => {
    try {
      await client.invoke('documents:restore', { ids: [doc.id] });
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  const meta = [doc.sourceName, formatPublished(doc.published), doc.author, formatLabel(doc.format), doc.pageCount ? `${doc.pageCount} pages` : null, formatBytes(doc.sizeBytes)].filter(Boolean);
  return (
    <div className="reader">
      <header className="reader-head">
        <div className="grow reader-title-block">
          <h2 dir="auto" className="reader-title">
            {doc.title}
          </h2>
          <p className="muted reader-meta">
            {joinIsolated(meta)}
            {doc.url && (
              <>
                {' · '}
                <a href={doc.url} target="_blank" rel="noreferrer noopener" title="Opens in your web browser">
                  {hostOf(doc.url)}
                </a>
              </>
            )}
          </p>
        </div>
        {ranges.length > 0 && (
          <div className="row match-nav" aria-label="Matches in this document">
            <span className="faint">
              {matchIndex === null ? `${ranges.length}${matches.data?.truncated ? '+' : ''} ${ranges.length === 1 ? 'match' : 'matches'}` : `${matchIndex + 1} of ${ranges.length}`}
            </span>
            <button className="button small" onClick={() => step(-1)} aria-label="Previous match" title="Previous match (Shift+F3)">
              ↑
            </button>
            <button className="button small" onClick={() => step(1)} aria-label="Next match" title="Next match (F3)">
              ↓
            </button>
          </div>
        )}
        <button className={`button small ${showAnnotations ? 'active' : ''}`} onClick={toggleAnnotations} aria-pressed={showAnnotations} title="Annotations of this document (Ctrl+Shift+A)">
          Annotations
        </button>
        <button className="button small" onClick={() => navigate('compare', { a: doc.id, b: doc.nearDuplicates[0]?.documentId ?? null })} title="Compare this document with another, side by side">
          Compare with…
        </button>
        <ReimportAction documentId={doc.id} title={doc.title} disabled={doc.deleted} />
        <button className={`button small ${showDetails ? 'active' : ''}`} onClick={() => setShowDetails((s) => !s)} aria-pressed={showDetails}>
          Details
        </button>
        {!doc.deleted && (
          <button className="button small danger" onClick={() => void remove()}>
            Delete
          </button>
        )}
      </header>
      {doc.deleted && (
        <div className="reader-banner warning" role="status">
          This document was deleted.{' '}
          <button className="link-button" onClick={() => void restore()}>
            Restore it
          </button>
        </div>
      )}
      {(doc.nearDuplicates.length > 0 || doc.parent || doc.children.length > 0) && (
        <div className="reader-links">
          {doc.nearDuplicates.map((near) => (
            <button key={near.documentId} className="dup-badge" onClick={() => onOpen(near.documentId)} title="Open the other document">
              {percent(near.similarity)} the same text as <span dir="auto">“{near.title}”</span>
              {near.sourceName ? ` (${near.sourceName})` : ''}
            </button>
          ))}
          {doc.parent && (
            <button className="pill link-pill" onClick={() => onOpen(doc.parent!.id)}>
              Attachment of <span dir="auto">“{doc.parent.title}”</span>
            </button>
          )}
          {doc.children.map((child) => (
            <button key={child.id} className="pill link-pill" onClick={() => onOpen(child.id)}>
              📎 <span dir="auto">{child.fileName ?? child.title}</span>
            </button>
          ))}
        </div>
      )}
      {ocr && <OcrBar documentId={doc.id} info={ocr} pages={doc.pages} marksShown={ocrMarks} onToggleMarks={() => setOcrMarks((m) => !m)} onShowPage={setJump} />}
      <div className="reader-body">
        <div className="reader-annotatable" ref={textBox}>
          <DocumentText text={doc.text} pages={doc.pages} highlights={highlights} focus={shownFocus} label={`Text of ${doc.title}`} />
        </div>
        {showAnnotations && !doc.deleted && annotating.sideList}
        {showDetails && <MetadataPanel key={doc.id + doc.rev} doc={doc} onSaved={() => loaded.reload()} onClose={() => setShowDetails(false)} />}
      </div>
      {shownFocus && pageAt(doc.pages, shownFocus.start) !== null && <div className="reader-foot faint">Page {pageAt(doc.pages, shownFocus.start)}</div>}
      {!doc.deleted && annotating.popover}
    </div>
  );
}
