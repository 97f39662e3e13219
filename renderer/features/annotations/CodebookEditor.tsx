/**
 * The codebook editor: add, rename, recolour, describe, nest (one level) and delete tags.
 * Every edit can be undone (Ctrl+Z, or the toast's Undo); deleting a tag keeps the coding,
 * so undoing the deletion brings it back.
 */
import { useState } from 'react';
import type { Tag } from '../../../shared/contract/tags.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { TAG_PALETTE } from '../../../shared/domain/tag-palette.ts';
import { useUndo } from './use-undo.tsx';

function ColorChoice({ value, onChange, label }: { value: string; onChange(color: string): void; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <span className="color-choice">
      <button type="button" className="tag-swatch-button" style={{ background: value }} aria-label={label} aria-expanded={open} onClick={() => setOpen((o) => !o)} />
      {open && (
        <span className="color-popover" role="listbox" aria-label="Colours">
          {TAG_PALETTE.map((color) => (
            <button
              key={color}
              type="button"
              role="option"
              aria-selected={color === value}
              aria-label={color}
              className={`tag-swatch-button ${color === value ? 'chosen' : ''}`}
              style={{ background: color }}
              onClick={() => {
                setOpen(false);
                onChange(color);
              }}
            />
          ))}
          <input
            type="color"
            aria-label="Another colour"
            value={value}
            onChange={(e) => {
              setOpen(false);
              onChange(e.target.value);
            }}
          />
        </span>
      )}
    </span>
  );
}

function TagRow({ tag, tags, onEdit, onDelete }: { tag: Tag; tags: Tag[]; onEdit(tag: Tag, patch: Partial<Pick<Tag, 'name' | 'color' | 'description' | 'parentId'>>): void; onDelete(tag: Tag): void }) {
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const hasChildren = tags.some((t) => t.parentId === tag.id);
  const parents = tags.filter((t) => t.parentId === null && t.id !== tag.id);
  const commitName = (): void => {
    if (name.trim() && name.trim() !== tag.name) onEdit(tag, { name: name.trim() });
    else setName(tag.name);
  };
  return (
    <li className={`codebook-row ${tag.parentId ? 'nested' : ''}`} data-testid={`tag-row-${tag.name}`}>
      <ColorChoice value={tag.color} label={`Colour of ${tag.name}`} onChange={(color) => onEdit(tag, { color })} />
      <input
        className="input codebook-name"
        dir="auto"
        aria-label={`Name of ${tag.name}`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={commitName}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <input
        className="input grow"
        dir="auto"
        aria-label={`Description of ${tag.name}`}
        placeholder="What this tag means, when to use it…"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={() => description !== tag.description && onEdit(tag, { description })}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <select
        className="input codebook-parent"
        aria-label={`Parent of ${tag.name}`}
        value={tag.parentId ?? ''}
        disabled={hasChildren}
        title={hasChildren ? 'Tags with tags under them stay at the top level' : 'Nest under another tag'}
        onChange={(e) => onEdit(tag, { parentId: e.target.value || null })}
      >
        <option value="">Top level</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            Under {p.name}
          </option>
        ))}
      </select>
      <span className="faint codebook-count" title="Annotations with this tag">
        {tag.annotationCount}
      </span>
      <button className="button ghost small danger" aria-label={`Delete ${tag.name}`} title="Delete (undo with Ctrl+Z)" onClick={() => onDelete(tag)}>
        Delete
      </button>
    </li>
  );
}

export function CodebookEditor({ onClose }: { onClose(): void }) {
  const client = useClient();
  const notify = useToast();
  const { record } = useUndo();
  const tags = useApi('tags:list', {}, { tables: ['tags', 'annotations'] });
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const list = tags.data?.tags ?? [];

  const add = async (): Promise<void> => {
    if (!name.trim()) return;
    try {
      const tag = await client.invoke('tags:create', { name: name.trim(), parentId: parentId || null });
      setName('');
      record({ label: `added tag "${tag.name}"`, undo: async () => void (await client.invoke('tags:delete', { id: tag.id })) });
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const edit = async (tag: Tag, patch: Partial<Pick<Tag, 'name' | 'color' | 'description' | 'parentId'>>): Promise<void> => {
    try {
      const updated = await client.invoke('tags:update', { id: tag.id, expectedRev: tag.rev, ...patch });
      const before = { name: tag.name, color: tag.color, description: tag.description, parentId: tag.parentId };
      record({ label: `edited tag "${tag.name}"`, undo: async () => void (await client.invoke('tags:update', { id: tag.id, expectedRev: updated.rev, ...before })) });
    } catch (error) {
      notify('error', errorMessage(error));
      tags.reload();
    }
  };
  const remove = async (tag: Tag): Promise<void> => {
    try {
      const { deleted } = await client.invoke('tags:delete', { id: tag.id });
      const children = deleted.length - 1;
      record(
        { label: `deleted tag "${tag.name}"`, undo: async () => void (await client.invoke('tags:restore', { ids: deleted })) },
        `Deleted tag "${tag.name}"${children ? ` and the ${children} under it` : ''}.`,
      );
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <Dialog title="Codebook" onClose={onClose} width={820}>
      <p className="muted codebook-help">
        Tags code highlights and claims. Nest a tag under a top-level tag to group it; deleting a tag hides it from annotations until you undo.
      </p>
      {list.length === 0 && !tags.loading && <p className="faint">No tags yet: add the first one below.</p>}
      <ul className="codebook-list" aria-label="Tags">
        {list.map((tag) => (
          <TagRow key={tag.id + tag.rev} tag={tag} tags={list} onEdit={(t, patch) => void edit(t, patch)} onDelete={(t) => void remove(t)} />
        ))}
      </ul>
      <form
        className="codebook-add row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input className="input grow" dir="auto" aria-label="New tag name" placeholder="New tag…" value={name} onChange={(e) => setName(e.target.value)} />
        <select className="input codebook-parent" aria-label="New tag parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">Top level</option>
          {list
            .filter((t) => t.parentId === null)
            .map((t) => (
              <option key={t.id} value={t.id}>
                Under {t.name}
              </option>
            ))}
        </select>
        <button className="button primary" type="submit" disabled={!name.trim()}>
          Add tag
        </button>
      </form>
    </Dialog>
  );
}
