/**
 * Undo and redo for the map's edits within the session: moves, edits, additions and
 * deletions of observation points. Each entry knows how to undo and redo itself through the
 * API (a deletion is undone by restoring the tombstoned point), so every step is itself a
 * recorded change in the point's history.
 */
import { useCallback, useRef, useState } from 'react';

export interface UndoEntry {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const LIMIT = 100;

export function useUndoStack(onError: (message: string) => void) {
  const undoStack = useRef<UndoEntry[]>([]);
  const redoStack = useRef<UndoEntry[]>([]);
  const [, setVersion] = useState(0);
  const bump = (): void => setVersion((v) => v + 1);

  const push = useCallback((entry: UndoEntry) => {
    undoStack.current = [...undoStack.current.slice(-(LIMIT - 1)), entry];
    redoStack.current = [];
    bump();
  }, []);

  const step = useCallback(
    async (from: 'undo' | 'redo'): Promise<string | null> => {
      const source = from === 'undo' ? undoStack : redoStack;
      const target = from === 'undo' ? redoStack : undoStack;
      const entry = source.current[source.current.length - 1];
      if (!entry) return null;
      source.current = source.current.slice(0, -1);
      try {
        await (from === 'undo' ? entry.undo() : entry.redo());
        target.current = [...target.current, entry];
        return entry.label;
      } catch (error) {
        onError(`Could not ${from} "${entry.label}": ${(error as Error).message}`);
        return null;
      } finally {
        bump();
      }
    },
    [onError],
  );

  return {
    push,
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: undoStack.current.length > 0,
    canRedo: redoStack.current.length > 0,
    nextUndo: undoStack.current[undoStack.current.length - 1]?.label ?? null,
  };
}
