/** "New case…": a title and where to keep the file. */
import { useState } from 'react';
import { useClient } from '../api/client-context.tsx';
import { useCase } from './case-context.tsx';
import { Dialog } from './Dialog.tsx';
import { FilePicker } from './FilePicker.tsx';

function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${slug || 'case'}.sightline`;
}

export function NewCaseDialog({ defaultDir, onClose }: { defaultDir: string; onClose(): void }) {
  const client = useClient();
  const { create } = useCase();
  const [title, setTitle] = useState('');
  const [path, setPath] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);
  const shownPath = path ?? `${defaultDir}/${fileNameFor(title)}`;

  const browse = async (): Promise<void> => {
    if (!client.nativeDialogs) return setBrowsing(true);
    const [chosen] = await client.pickPath('new-case', { defaultPath: shownPath });
    if (chosen) setPath(chosen);
  };
  const submit = (): void => {
    if (!title.trim()) return;
    onClose();
    void create(shownPath, title.trim());
  };

  return (
    <Dialog
      title="New case"
      onClose={onClose}
      confirm={{ label: 'Create case', disabled: !title.trim(), onConfirm: submit }}
    >
      <label className="field">
        <span>Title</span>
        <input className="input" autoFocus value={title} placeholder="e.g. Idlib 2020" onChange={(e) => setTitle(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} dir="auto" />
      </label>
      <label className="field">
        <span>File</span>
        <div className="row">
          <input className="input grow mono" value={shownPath} onChange={(e) => setPath(e.target.value)} aria-label="Case file path" />
          <button className="button" onClick={() => void browse()}>
            Browse…
          </button>
        </div>
      </label>
      <p className="faint">A case is one file: documents, claims, places, annotations and their history. Share it with teammates as a file.</p>
      {browsing && (
        <FilePicker
          title="Save the case as"
          mode="save"
          startDir={defaultDir}
          defaultName={fileNameFor(title)}
          onPick={([chosen]) => {
            if (chosen) setPath(chosen);
            setBrowsing(false);
          }}
          onClose={() => setBrowsing(false)}
        />
      )}
    </Dialog>
  );
}
