/** Writing or editing a note: Ctrl+Enter saves, Esc cancels. Right-to-left notes lay out as typed. */
import { useState } from 'react';
import { shortcutLabel } from '../../app/commands.tsx';

export function NoteEditor({ initial = '', label = 'Note', onSave, onCancel }: { initial?: string; label?: string; onSave(note: string): void; onCancel(): void }) {
  const [note, setNote] = useState(initial);
  return (
    <form
      className="note-editor"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note.trim());
      }}
    >
      <textarea
        className="input"
        autoFocus
        dir="auto"
        aria-label={label}
        placeholder="Write a note… it is searchable with the document text."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave(note.trim());
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="row">
        <span className="faint grow">{shortcutLabel('Mod+Enter')} to save · Esc to cancel</span>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button small primary">
          Save note
        </button>
      </div>
    </form>
  );
}
