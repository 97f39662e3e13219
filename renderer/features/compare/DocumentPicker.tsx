/** Choosing a document to compare: the case's documents, newest first, by title and source. */
import { useApi } from '../../api/client-context.tsx';
import { formatPublished } from '../documents/format.ts';

export function DocumentPicker({ label, value, exclude, onChange }: { label: string; value: string | null; exclude: string | null; onChange(id: string): void }) {
  const list = useApi('documents:list', { limit: 500, sort: 'published', direction: 'desc' }, { tables: ['documents', 'sources'] });
  return (
    <select className="input compare-picker" aria-label={label} value={value ?? ''} onChange={(e) => e.target.value && onChange(e.target.value)}>
      <option value="">{label}…</option>
      {list.data?.items
        .filter((d) => d.id !== exclude)
        .map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
            {d.sourceName ? ` — ${d.sourceName}` : ''}
            {d.published ? ` (${formatPublished(d.published)})` : ''}
          </option>
        ))}
    </select>
  );
}
