/**
 * What can be done with the words selected in the reader, next to them: highlight with a
 * tag (H), write a note (N), make a claim (C). The same keys work without the mouse.
 */
import type { Tag } from '../../../shared/contract/tags.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { TagPicker } from './TagPicker.tsx';

export type PopoverMode = 'actions' | 'tags' | 'note';

export interface PopoverAnchor {
  left: number;
  top: number;
  bottom: number;
}

const WIDTH = 340;

export function SelectionPopover({
  anchor,
  mode,
  tags,
  recentTagId,
  busy,
  onMode,
  onClaim,
  onPickTag,
  onCreateTag,
  onSaveNote,
  onCancel,
}: {
  anchor: PopoverAnchor;
  mode: PopoverMode;
  tags: Tag[];
  recentTagId: string | null;
  busy: boolean;
  onMode(mode: PopoverMode): void;
  onClaim(): void;
  onPickTag(tag: Tag): void;
  onCreateTag(name: string): void;
  onSaveNote(note: string): void;
  onCancel(): void;
}) {
  const width = mode === 'actions' ? 'auto' : WIDTH;
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - (mode === 'actions' ? 300 : WIDTH) - 8));
  const below = anchor.bottom + 8;
  const top = below + 260 > window.innerHeight && anchor.top > 280 ? Math.max(8, anchor.top - (mode === 'actions' ? 44 : 270)) : below;
  return (
    <div className="selection-popover" style={{ left, top, width }} onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      {mode === 'actions' && (
        <div className="selection-actions" role="toolbar" aria-label="Annotate the selection">
          <button className="button small" disabled={busy} onMouseDown={(e) => e.preventDefault()} onClick={() => onMode('tags')}>
            Highlight <kbd>H</kbd>
          </button>
          <button className="button small" disabled={busy} onMouseDown={(e) => e.preventDefault()} onClick={() => onMode('note')}>
            Note <kbd>N</kbd>
          </button>
          <button className="button small" disabled={busy} onMouseDown={(e) => e.preventDefault()} onClick={onClaim}>
            Claim <kbd>C</kbd>
          </button>
        </div>
      )}
      {mode === 'tags' && <TagPicker tags={tags} recentId={recentTagId} onPick={onPickTag} onCreate={onCreateTag} onCancel={onCancel} />}
      {mode === 'note' && <NoteEditor onSave={onSaveNote} onCancel={onCancel} />}
    </div>
  );
}
