/**
 * Annotations of the whole case, grouped by tag with their quotes — the way Taguette and
 * ATLAS.ti coders read their material. The codebook on the left filters (a parent tag
 * means its family); author, status and words narrow further; a quote opens its document
 * at that place. The codebook is edited here, and the annotations exported (W3C JSON-LD,
 * tag report as CSV or Markdown) or imported.
 */
import { useMemo, useState } from 'react';
import type { AnchorStatus, ExportFormat } from '../../../shared/contract/annotations.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { shortcutLabel, useCommand } from '../../app/commands.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { AnnotationCard } from './AnnotationCard.tsx';
import { groupByTag, withChildren } from './annotation-groups.ts';
import { CodebookEditor } from './CodebookEditor.tsx';
import { ImportReportDialog, type ImportReport } from './ImportReportDialog.tsx';
import { useFileChoice } from './use-file-choice.tsx';
import { useUndoCommand } from './use-undo.tsx';
import './annotations.css';

type StatusFilter = 'all' | 'review' | AnchorStatus;

const EXPORTS: { format: ExportFormat; label: string; extensions: string[] }[] = [
  { format: 'jsonld', label: 'W3C JSON-LD', extensions: ['.jsonld', '.json'] },
  { format: 'csv', label: 'Tag report (CSV)', extensions: ['.csv'] },
  { format: 'md', label: 'Tag report (Markdown)', extensions: ['.md'] },
];

export function AnnotationsView() {
  const client = useClient();
  const notify = useToast();
  const { navigate } = useWorkspace();
  const files = useFileChoice();
  useUndoCommand();
  const [tagId, setTagId] = useState<string | null>(null);
  const [author, setAuthor] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  useCommand('annotations.codebook', 'Edit the codebook…', undefined, () => setEditing(true));

  const tags = useApi('tags:list', {}, { tables: ['tags', 'annotations'] });
  const codebook = useMemo(() => tags.data?.tags ?? [], [tags.data]);
  const filter = {
    ...(tagId ? { tagIds: tagId === 'untagged' ? ['untagged'] : withChildren(tagId, codebook) } : {}),
    ...(author ? { authors: [author] } : {}),
    ...(status === 'review' ? { anchorStatuses: ['fuzzy', 'orphaned'] as AnchorStatus[] } : status !== 'all' ? { anchorStatuses: [status] } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  };
  const annotations = useApi('annotations:list', { ...filter, limit: 10_000 }, { tables: ['annotations', 'tags', 'documents', 'claims'] });
  const everything = useApi('annotations:list', { limit: 1 }, { tables: ['annotations', 'documents'] });
  const groups = useMemo(() => {
    const all = groupByTag(annotations.data?.items ?? [], codebook);
    if (!tagId) return all;
    const family = tagId === 'untagged' ? [] : withChildren(tagId, codebook);
    return all.filter((g) => (g.tag ? family.includes(g.tag.id) : tagId === 'untagged'));
  }, [annotations.data, codebook, tagId]);

  const exportAs = async (format: ExportFormat, extensions: string[]): Promise<void> => {
    try {
      const preview = await client.invoke('annotations:export', { ...filter, format });
      const path = await files.choose({ mode: 'save', title: `Export ${EXPORTS.find((e) => e.format === format)!.label}`, defaultName: preview.fileName, extensions });
      if (!path) return;
      const written = await client.invoke('annotations:export', { ...filter, format, path, overwrite: true });
      notify('success', `Exported ${written.count} annotation${written.count === 1 ? '' : 's'} to ${written.path}.`);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const importFile = async (): Promise<void> => {
    try {
      const path = await files.choose({ mode: 'file', title: 'Import W3C Web Annotations', extensions: ['.jsonld', '.json'] });
      if (!path) return;
      setReport(await client.invoke('annotations:import', { path }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  const total = everything.data?.total ?? 0;
  const shown = annotations.data?.total ?? 0;
  const unfiltered = tagId === null && !author && status === 'all' && !text.trim();
  const untaggedCount = unfiltered ? (groups.find((g) => g.tag === null)?.items.length ?? 0) : undefined;
  return (
    <div className="split annotations-view">
      <aside className="pane codebook-pane" aria-label="Codebook">
        <div className="toolbar">
          <h2 className="grow">Codebook</h2>
          <button className="button small" onClick={() => setEditing(true)}>
            Edit…
          </button>
        </div>
        <ul className="codebook-filter" role="listbox" aria-label="Show annotations with tag">
          <li role="option" aria-selected={tagId === null} className={tagId === null ? 'selected' : ''} onClick={() => setTagId(null)}>
            <span className="grow">All tags</span>
            <span className="faint">{total}</span>
          </li>
          {codebook.map((tag) => (
            <li key={tag.id} role="option" aria-selected={tagId === tag.id} className={`${tagId === tag.id ? 'selected' : ''} ${tag.parentId ? 'nested' : ''}`} onClick={() => setTagId(tag.id)} title={tag.description || undefined}>
              <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
              <span className="grow" dir="auto">
                {tag.name}
              </span>
              <span className="faint">{tag.annotationCount}</span>
            </li>
          ))}
          <li role="option" aria-selected={tagId === 'untagged'} className={tagId === 'untagged' ? 'selected' : ''} onClick={() => setTagId('untagged')}>
            <span className="tag-dot untagged" aria-hidden="true" />
            <span className="grow">Untagged</span>
            {untaggedCount !== undefined && <span className="faint">{untaggedCount}</span>}
          </li>
        </ul>
        {codebook.length === 0 && !tags.loading && (
          <p className="faint codebook-empty">
            No tags yet. <button className="link-button" onClick={() => setEditing(true)}>Create the codebook</button>, or select text in a document and press <kbd>H</kbd>.
          </p>
        )}
      </aside>
      <section className="pane pane-border grow annotations-main" aria-label="Annotations by tag">
        <div className="toolbar annotations-toolbar">
          <input className="input annotations-search" type="search" placeholder="Words in quotes or notes…" aria-label="Search quotes and notes" value={text} onChange={(e) => setText(e.target.value)} />
          <select className="input" aria-label="Author" value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">Everyone</option>
            {(everything.data?.authors ?? []).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <select className="input" aria-label="Anchor status" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="all">Any status</option>
            <option value="review">Needs review{everything.data?.needsReview ? ` (${everything.data.needsReview})` : ''}</option>
            <option value="moved">Moved</option>
            <option value="fuzzy">Changed</option>
            <option value="orphaned">Not found</option>
          </select>
          <span className="faint">{shown === total ? `${total} annotations` : `${shown} of ${total}`}</span>
          <span className="grow" />
          {EXPORTS.map((e) => (
            <button key={e.format} className="button small" onClick={() => void exportAs(e.format, e.extensions)} title="Export what is shown">
              {e.label}
            </button>
          ))}
          <button className="button small" onClick={() => void importFile()}>
            Import…
          </button>
        </div>
        <div className="annotation-groups">
          {annotations.error && <div className="empty-state error-text">{annotations.error.message}</div>}
          {!annotations.loading && groups.length === 0 && !annotations.error && (
            <div className="empty-state">
              <h3>{total === 0 ? 'No annotations yet' : 'Nothing matches'}</h3>
              <p>
                {total === 0 ? (
                  <>
                    Open a document ({shortcutLabel('Alt+4')}), select words and press <kbd>H</kbd> to highlight, <kbd>N</kbd> to note, <kbd>C</kbd> to make a claim.
                  </>
                ) : (
                  'Try another tag, author or status.'
                )}
              </p>
            </div>
          )}
          {groups.map((group) => (
            <section key={group.tag?.id ?? 'untagged'} className="annotation-group" aria-label={group.label}>
              <header className="annotation-group-head">
                <span className="tag-dot" style={{ background: group.tag?.color ?? 'transparent' }} aria-hidden="true" />
                <h3 dir="auto">{group.label}</h3>
                <span className="faint">{group.items.length}</span>
                {group.tag?.description && (
                  <span className="muted annotation-group-description" dir="auto">
                    {group.tag.description}
                  </span>
                )}
              </header>
              {group.items.map((a) => (
                <AnnotationCard
                  key={`${group.tag?.id ?? 'u'}-${a.id}`}
                  annotation={a}
                  accent={group.tag?.color}
                  showDocument
                  onOpen={() => navigate('documents', a.anchorStatus === 'orphaned' ? { documentId: a.documentId, annotationId: a.id } : { documentId: a.documentId, start: a.start, end: a.end, annotationId: a.id })}
                />
              ))}
            </section>
          ))}
        </div>
      </section>
      {editing && <CodebookEditor onClose={() => setEditing(false)} />}
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
      {files.dialog}
    </div>
  );
}
