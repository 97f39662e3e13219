/**
 * Undo for annotation and codebook edits within the session: each edit that is cheap to
 * lose by a wrong key (a deletion, a retag, a note overwritten) pushes how to take it
 * back. One stack per window, shared by the reader and the Annotations view.
 */
import { useSyncExternalStore } from 'react';

export interface UndoEntry {
  /** What the undo takes back, for the toast ("Deleted highlight …"). */
  label: string;
  undo(): Promise<void>;
}

const LIMIT = 100;
let entries: UndoEntry[] = [];
const subscribers = new Set<() => void>();

function changed(): void {
  for (const callback of subscribers) callback();
}

export const undoStack = {
  push(entry: UndoEntry): void {
    entries = [...entries.slice(-(LIMIT - 1)), entry];
    changed();
  },
  /** Takes the newest entry off the stack (the caller runs it). */
  pop(): UndoEntry | undefined {
    const entry = entries.at(-1);
    if (entry) {
      entries = entries.slice(0, -1);
      changed();
    }
    return entry;
  },
  peek(): UndoEntry | undefined {
    return entries.at(-1);
  },
  clear(): void {
    entries = [];
    changed();
  },
  subscribe(callback: () => void): () => void {
    subscribers.add(callback);
    return () => subscribers.delete(callback);
  },
};

/** The newest undoable edit, re-rendering when the stack changes. */
export function useUndoTop(): UndoEntry | undefined {
  return useSyncExternalStore(undoStack.subscribe, () => entries.at(-1));
}
