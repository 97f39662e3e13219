/** A tiny store so any view can open the paste dialog that DocumentImport owns (with the pasted text). */
import { useSyncExternalStore } from 'react';

let pasteDraft: string | null = null;
const listeners = new Set<() => void>();

export function openPasteDialog(text = ''): void {
  pasteDraft = text;
  listeners.forEach((l) => l());
}

export function closePasteDialog(): void {
  pasteDraft = null;
  listeners.forEach((l) => l());
}

export function usePasteDraft(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pasteDraft,
  );
}
