/** Pasted text becomes a document: the analyst may give its title, outlet, date and URL. */
import { useState } from 'react';
import type { ImportOverrides } from '../../../shared/contract/documents.ts';
import { Dialog } from '../../app/Dialog.tsx';

export function PasteTextDialog({ initialText, onImport, onClose }: { initialText: string; onImport(text: string, overrides: ImportOverrides): void; onClose(): void }) {
  const [text, setText] = useState(initialText);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [published, setPublished] = useState('');
  const [url, setUrl] = useState('');
  const submit = (): void => {
    if (!text.trim()) return;
    onImport(text, {
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(source.trim() ? { sourceName: source.trim() } : {}),
      ...(published.trim() ? { published: published.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
    });
  };
  return (
    <Dialog
      title="Import pasted text"
      onClose={onClose}
      width={720}
      confirm={{ label: 'Import', disabled: !text.trim(), onConfirm: submit }}
    >
      <div className="paste-grid">
        <label className="field">
          <span>Title</span>
          <input className="input" dir="auto" value={title} placeholder="From the first line when empty" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Outlet / source</span>
          <input className="input" dir="auto" value={source} onChange={(e) => setSource(e.target.value)} />
        </label>
        <label className="field">
          <span>Published</span>
          <input className="input" value={published} placeholder="2020-08-20" onChange={(e) => setPublished(e.target.value)} />
        </label>
        <label className="field">
          <span>URL</span>
          <input className="input" value={url} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Text</span>
        <textarea className="input paste-text" dir="auto" autoFocus value={text} onChange={(e) => setText(e.target.value)} aria-label="Text to import" />
      </label>
    </Dialog>
  );
}
