/**
 * The browser mode's file picker: browses the machine that runs `sightline serve` (which
 * is the analyst's own) through the files:list method. Electron uses native dialogs.
 */
import { useState } from 'react';
import { useApi } from '../api/client-context.tsx';
import { Dialog } from './Dialog.tsx';

export interface FilePickerProps {
  title: string;
  /** 'file' picks existing files, 'save' names a new file, 'directory' picks a folder. */
  mode: 'file' | 'save' | 'directory';
  extensions?: string[];
  multiple?: boolean;
  startDir?: string;
  defaultName?: string;
  onPick(paths: string[]): void;
  onClose(): void;
}

export function FilePicker(props: FilePickerProps) {
  const [dir, setDir] = useState<string | undefined>(props.startDir);
  const [selected, setSelected] = useState<string[]>([]);
  const [name, setName] = useState(props.defaultName ?? '');
  const listing = useApi('files:list', { ...(dir ? { dir } : {}), ...(props.extensions ? { extensions: props.extensions } : {}) });
  // What the analyst typed or chose wins over the listing, which may still be the previous
  // folder's while the new one loads (else a typed path would flip back and be lost).
  const current = dir ?? listing.data?.dir ?? '';
  const join = (folder: string, file: string): string => (folder.endsWith('/') ? folder + file : `${folder}/${file}`);

  const confirm = (): void => {
    if (props.mode === 'save') {
      if (name.trim()) props.onPick([join(current, name.trim())]);
    } else if (props.mode === 'directory') props.onPick([selected[0] ?? current]);
    else if (selected.length > 0) props.onPick(selected);
  };

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      width={640}
      footer={
        <>
          {props.mode === 'save' && (
            <input className="input grow" aria-label="File name" value={name} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && confirm()} />
          )}
          <button className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button className="button primary" onClick={confirm} disabled={props.mode === 'file' ? selected.length === 0 : props.mode === 'save' ? !name.trim() : false}>
            {props.mode === 'save' ? 'Save' : props.mode === 'directory' ? 'Choose folder' : 'Open'}
          </button>
        </>
      }
    >
      <div className="picker-path">
        <button className="button ghost" disabled={!listing.data?.parent} onClick={() => listing.data?.parent && setDir(listing.data.parent)} aria-label="Up one folder">
          ↑
        </button>
        {/* Read-only until the start folder is known, so typing never mixes with it arriving. */}
        <input className="input grow mono" aria-label="Folder" value={current} disabled={dir === undefined && !listing.data && !listing.error} onChange={(e) => setDir(e.target.value)} />
      </div>
      {listing.error && <p className="error-text">{listing.error.message}</p>}
      <ul className="picker-list" role="listbox" aria-multiselectable={props.multiple ?? false}>
        {listing.data?.entries.map((entry) => {
          const isSelected = selected.includes(entry.path);
          return (
            <li
              key={entry.path}
              role="option"
              aria-selected={isSelected}
              className={isSelected ? 'selected' : ''}
              onClick={(event) => {
                if (entry.kind === 'directory' && props.mode !== 'directory') return setDir(entry.path);
                if (props.multiple && (event.ctrlKey || event.metaKey)) {
                  setSelected((all) => (isSelected ? all.filter((p) => p !== entry.path) : [...all, entry.path]));
                } else setSelected([entry.path]);
                if (props.mode === 'save' && entry.kind === 'file') setName(entry.name);
              }}
              onDoubleClick={() => {
                if (entry.kind === 'directory') setDir(entry.path);
                else if (props.mode === 'file') props.onPick([entry.path]);
              }}
            >
              <span className="picker-icon">{entry.kind === 'directory' ? '📁' : '📄'}</span>
              <span className="grow" dir="auto">{entry.name}</span>
              {entry.kind === 'file' && <span className="faint">{Math.max(1, Math.round(entry.sizeBytes / 1024))} KB</span>}
            </li>
          );
        })}
        {listing.data && listing.data.entries.length === 0 && <li className="faint">Nothing here.</li>}
      </ul>
    </Dialog>
  );
}
