/**
 * Documents: the list (or, while searching, the hits) beside the reader. Other views open
 * a document here with `navigate('documents', { documentId, start, end })`: the reader
 * scrolls to that span and marks it.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentFilter } from '../../../shared/contract/documents.ts';
import { useApi } from '../../api/client-context.tsx';
import { useCase } from '../../app/case-context.tsx';
import { shortcutLabel, useCommands } from '../../app/commands.tsx';
import { Icons } from '../../app/icons.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { DocumentList } from './DocumentList.tsx';
import { openPasteDialog } from './import-state.ts';
import { Reader } from './Reader.tsx';
import { SearchResults } from './SearchResults.tsx';
import type { TextRange } from './text-layout.ts';
import './documents.css';

interface ViewState {
  query: string;
  selectedId: string | null;
  focus: TextRange | null;
  sourceId: string;
  from: string;
  to: string;
  order: 'relevance' | 'newest' | 'oldest';
}

const EMPTY: ViewState = { query: '', selectedId: null, focus: null, sourceId: '', from: '', to: '', order: 'relevance' };

/** The view's state survives switching views (per case, for this window). */
function useViewState(caseId: string): [ViewState, (patch: Partial<ViewState>) => void] {
  const key = `sightline.documents.${caseId}`;
  const [state, setState] = useState<ViewState>(() => {
    try {
      return { ...EMPTY, ...(JSON.parse(sessionStorage.getItem(key) ?? '{}') as Partial<ViewState>) };
    } catch {
      return EMPTY;
    }
  });
  const update = (patch: Partial<ViewState>): void =>
    setState((current) => {
      const next = { ...current, ...patch };
      sessionStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  return [state, update];
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function DocumentsView() {
  const { info } = useCase();
  const { params } = useWorkspace();
  const { run } = useCommands();
  const [state, update] = useViewState(info?.id ?? 'none');
  const [typed, setTyped] = useState(state.query);
  const query = useDebounced(typed.trim(), 250);
  const searchBox = useRef<HTMLInputElement>(null);
  const facets = useApi('documents:facets', {}, { tables: ['documents', 'sources'] });

  useEffect(() => {
    if (query !== state.query) update({ query });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced query drives this
  }, [query]);

  // Navigation from other views: open a document at a span, or focus the search box.
  useEffect(() => {
    if (typeof params['documentId'] === 'string') {
      const start = typeof params['start'] === 'number' ? params['start'] : null;
      const end = typeof params['end'] === 'number' ? params['end'] : start;
      update({ selectedId: params['documentId'], focus: start !== null && end !== null ? { start, end } : null });
    }
    if (params['focusSearch']) {
      searchBox.current?.focus();
      searchBox.current?.select();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs for each navigation
  }, [params]);

  // Text pasted while nothing editable has focus becomes a new document (after the analyst confirms).
  useEffect(() => {
    const onPaste = (event: ClipboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"], dialog')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      event.preventDefault();
      openPasteDialog(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const filter: DocumentFilter = {
    ...(state.sourceId ? { sourceIds: [state.sourceId] } : {}),
    ...(/^\d{4}(-\d{2}){0,2}$/.test(state.from) ? { publishedFrom: state.from } : {}),
    ...(/^\d{4}(-\d{2}){0,2}$/.test(state.to) ? { publishedTo: state.to } : {}),
  };
  const open = (id: string, focus: TextRange | null = null): void => update({ selectedId: id, focus });
  const filtered = Boolean(state.sourceId || state.from || state.to);

  return (
    <div className="split documents-view">
      <section className="pane documents-left" aria-label="Documents">
        <div className="toolbar">
          <label className="search-box grow">
            <Icons.search />
            <input
              ref={searchBox}
              className="search-input"
              type="search"
              dir="auto"
              placeholder={`Search documents (${shortcutLabel('Mod+F')})`}
              title={'Words (all must occur), "exact phrase", prefix*, OR, -exclude, (groups)'}
              aria-label="Search documents"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setTyped('');
              }}
            />
          </label>
          <div className="import-menu">
            <button className="button primary" onClick={() => run('documents.import')} title={`Import files (${shortcutLabel('Mod+I')})`}>
              Import…
            </button>
            <button className="button" onClick={() => run('documents.importFolder')} title="Import a folder, recursively">
              Folder…
            </button>
            <button className="button" onClick={() => openPasteDialog('')} title="Import pasted text (or just paste with Ctrl+V)">
              Paste
            </button>
          </div>
        </div>
        <div className="filter-bar">
          <select className="input" aria-label="Source" value={state.sourceId} onChange={(e) => update({ sourceId: e.target.value })}>
            <option value="">All sources</option>
            {facets.data?.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.documents})
              </option>
            ))}
          </select>
          <input className="input date-input" aria-label="Published from" placeholder={facets.data?.publishedMin?.slice(0, 10) ?? 'from'} value={state.from} onChange={(e) => update({ from: e.target.value.trim() })} />
          <span className="faint">–</span>
          <input className="input date-input" aria-label="Published to" placeholder={facets.data?.publishedMax?.slice(0, 10) ?? 'to'} value={state.to} onChange={(e) => update({ to: e.target.value.trim() })} />
          {query && (
            <select className="input" aria-label="Order" value={state.order} onChange={(e) => update({ order: e.target.value as ViewState['order'] })}>
              <option value="relevance">Most relevant</option>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          )}
          {filtered && (
            <button className="button ghost small" onClick={() => update({ sourceId: '', from: '', to: '' })}>
              Clear filters
            </button>
          )}
        </div>
        <div className="documents-list-area">
          {query ? (
            <SearchResults query={query} filter={filter} order={state.order} selectedId={state.selectedId} onOpen={open} />
          ) : (
            <DocumentList filter={filter} selectedId={state.selectedId} onOpen={(id) => open(id)} />
          )}
        </div>
      </section>
      <section className="pane pane-border documents-right" aria-label="Reader">
        {state.selectedId ? (
          <Reader key={state.selectedId} documentId={state.selectedId} query={query} focus={state.focus} onOpen={(id, focus) => open(id, focus ?? null)} />
        ) : (
          <div className="empty-state">
            <h3>No document open</h3>
            <p>Pick one from the list, search, or bring documents in: Import (Ctrl+I), drop files or folders on the window, or paste text.</p>
          </div>
        )}
      </section>
    </div>
  );
}
