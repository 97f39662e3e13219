/** The analyst's edits to a document's details: title, outlet, author, date, URL, language, pages. */
import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract/documents.ts';
import { useClient } from '../../api/client-context.tsx';
import { errorMessage } from '../../app/toasts.tsx';

type Meta = Omit<DocumentDetail, 'text' | 'pages'>;

interface Draft {
  title: string;
  sourceName: string;
  author: string;
  published: string;
  url: string;
  language: string;
  pageCount: string;
}

function draftOf(doc: Meta): Draft {
  return {
    title: doc.title,
    sourceName: doc.sourceName ?? '',
    author: doc.author ?? '',
    published: doc.published ?? '',
    url: doc.url ?? '',
    language: doc.language ?? '',
    pageCount: doc.pageCount === null ? '' : String(doc.pageCount),
  };
}

const FIELDS: { key: keyof Draft; label: string; placeholder?: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'sourceName', label: 'Outlet / source', placeholder: 'e.g. Middle East Monitor', hint: 'Registered in the case’s sources, where it can be graded.' },
  { key: 'author', label: 'Author' },
  { key: 'published', label: 'Published', placeholder: '2020-08-20', hint: 'A year, a month, a day, or a date and time.' },
  { key: 'url', label: 'URL', placeholder: 'https://…' },
  { key: 'language', label: 'Language', placeholder: 'en, ar, fr …' },
  { key: 'pageCount', label: 'Pages' },
];

export function MetadataPanel({ doc, onSaved, onClose }: { doc: Meta; onSaved(doc: Meta): void; onClose(): void }) {
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(doc));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const initial = draftOf(doc);
  const dirty = FIELDS.some((f) => draft[f.key] !== initial[f.key]);

  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());
    try {
      const saved = await client.invoke('documents:update', {
        id: doc.id,
        expectedRev: doc.rev,
        ...(draft.title !== initial.title ? { title: draft.title } : {}),
        ...(draft.sourceName !== initial.sourceName ? { sourceName: text(draft.sourceName) } : {}),
        ...(draft.author !== initial.author ? { author: text(draft.author) } : {}),
        ...(draft.published !== initial.published ? { published: text(draft.published) } : {}),
        ...(draft.url !== initial.url ? { url: text(draft.url) } : {}),
        ...(draft.language !== initial.language ? { language: text(draft.language) } : {}),
        ...(draft.pageCount !== initial.pageCount ? { pageCount: draft.pageCount.trim() === '' ? null : Number(draft.pageCount) } : {}),
      });
      onSaved(saved);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <aside className="doc-meta-panel" aria-label="Document details">
      <header className="row">
        <h3 className="grow">Details</h3>
        <button className="button ghost small" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <form
        className="doc-meta-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty) void save();
        }}
      >
        {FIELDS.map((field) => (
          <label key={field.key} className="field">
            <span>{field.label}</span>
            <input
              className="input"
              dir="auto"
              value={draft[field.key]}
              placeholder={field.placeholder}
              inputMode={field.key === 'pageCount' ? 'numeric' : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, [field.key]: e.target.value }))}
            />
            {field.hint && <small className="faint">{field.hint}</small>}
          </label>
        ))}
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="row">
          <button type="submit" className="button primary" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save details'}
          </button>
          <button type="button" className="button" disabled={!dirty || saving} onClick={() => setDraft(initial)}>
            Revert
          </button>
        </div>
      </form>
      <dl className="doc-facts">
        <dt>File</dt>
        <dd dir="auto">{doc.fileName ?? '—'}</dd>
        <dt>Imported</dt>
        <dd>
          {new Date(doc.importedAt).toLocaleString()} by {doc.importedBy}
        </dd>
        {doc.updatedAt !== doc.importedAt && (
          <>
            <dt>Last edited</dt>
            <dd>
              {new Date(doc.updatedAt).toLocaleString()} by {doc.updatedBy}
            </dd>
          </>
        )}
        <dt>Original</dt>
        <dd className="mono" title="SHA-256 of the original file, kept in the case">
          {doc.blobSha256 ? `${doc.blobSha256.slice(0, 16)}…` : '—'}
        </dd>
      </dl>
    </aside>
  );
}
