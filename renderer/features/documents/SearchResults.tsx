/** Search hits with their snippets, hits marked; more pages on demand. */
import { useEffect, useState } from 'react';
import type { DocumentFilter } from '../../../shared/contract/documents.ts';
import type { SearchHit } from '../../../shared/contract/search.ts';
import { useClient, useEvent } from '../../api/client-context.tsx';
import { joinIsolated } from '../../app/bidi.tsx';
import { formatLabel, formatPublished } from './format.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { TextRange } from './text-layout.ts';

const PAGE = 30;

interface Results {
  total: number;
  totalIsMinimum: boolean;
  hits: SearchHit[];
  order: string;
  tookMs: number;
}

export function SearchResults({
  query,
  filter,
  order,
  selectedId,
  onOpen,
}: {
  query: string;
  filter: DocumentFilter;
  order: 'relevance' | 'newest' | 'oldest';
  selectedId: string | null;
  onOpen(id: string, focus: TextRange | null): void;
}) {
  const client = useClient();
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify({ query, filter, order });

  useEffect(() => {
    let live = true;
    const input = JSON.parse(key) as { query: string; filter: DocumentFilter; order: 'relevance' };
    client.invoke('search:query', { ...input.filter, query: input.query, order: input.order, limit: PAGE }).then(
      (result) => {
        if (!live) return;
        setResults(result);
        setError(null);
      },
      (caught: Error) => {
        if (!live) return;
        setResults(null);
        setError(caught.message);
      },
    );
    return () => {
      live = false;
    };
  }, [client, key, generation]);

  useEvent('case:changed', ({ tables }) => {
    if (tables.includes('documents')) setGeneration((g) => g + 1);
  });

  const more = async (): Promise<void> => {
    if (!results) return;
    const next = await client.invoke('search:query', { ...filter, query, order, limit: PAGE, offset: results.hits.length });
    setResults({ ...next, hits: [...results.hits, ...next.hits] });
  };

  if (error) return <div className="search-message error-text" role="alert">{error}</div>;
  if (!results) return <div className="search-message faint">Searching…</div>;
  if (results.total === 0) return <div className="search-message muted">No document matches “{query}”.</div>;
  return (
    <div className="search-results" aria-label="Search results">
      <div className="search-summary faint">
        {results.total.toLocaleString()}
        {results.totalIsMinimum ? '+' : ''} {results.total === 1 ? 'document' : 'documents'} · {results.tookMs} ms
        {results.order === 'imported' && ' · many hits: most recently imported first'}
      </div>
      <ol className="hit-list">
        {results.hits.map((hit) => {
          const first = hit.snippet.highlights[0];
          return (
            <li key={hit.documentId}>
              <button className={`hit ${hit.documentId === selectedId ? 'selected' : ''}`} onClick={() => onOpen(hit.documentId, first ?? null)}>
                <span className="hit-title" dir="auto">
                  <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
                </span>
                <span className="hit-meta faint">
                  {joinIsolated([hit.sourceName, formatPublished(hit.published), formatLabel(hit.format), hit.page !== null ? `p. ${hit.page}` : null, hit.matchedIn.includes('notes') ? 'in notes' : null])}
                </span>
                <span className="hit-snippet" dir="auto">
                  {hit.snippet.start > 0 && '…'}
                  <HighlightedText text={hit.snippet.text} offset={hit.snippet.start} ranges={hit.snippet.highlights} />…
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {results.hits.length < results.total && (
        <button className="button small load-more" onClick={() => void more()}>
          Show more ({(results.total - results.hits.length).toLocaleString()} left)
        </button>
      )}
    </div>
  );
}
