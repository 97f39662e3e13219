/** The "Undo" command (Ctrl+Z outside text fields) and toasts that offer to undo an edit. */
import { useCallback } from 'react';
import { useCommand } from '../../app/commands.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { undoStack, useUndoTop, type UndoEntry } from './undo-stack.ts';

export function useUndo(): { record(entry: UndoEntry, message?: string): void; undoLast(): Promise<void>; top: UndoEntry | undefined } {
  const notify = useToast();
  const top = useUndoTop();
  const undoLast = useCallback(async () => {
    const entry = undoStack.pop();
    if (!entry) {
      notify('info', 'Nothing to undo.');
      return;
    }
    try {
      await entry.undo();
      notify('success', `Undone: ${entry.label}`);
    } catch (error) {
      notify('error', `Could not undo "${entry.label}": ${errorMessage(error)}`);
    }
  }, [notify]);
  const record = useCallback(
    (entry: UndoEntry, message?: string) => {
      undoStack.push(entry);
      if (message) notify('info', message, { label: 'Undo', run: () => void undoLast() });
    },
    [notify, undoLast],
  );
  return { record, undoLast, top };
}

/** Registers the Undo command while the calling view is mounted. */
export function useUndoCommand(): void {
  const { undoLast, top } = useUndo();
  useCommand('annotations.undo', top ? `Undo: ${top.label}` : 'Undo (nothing to undo)', 'Mod+Z', () => void undoLast());
}
