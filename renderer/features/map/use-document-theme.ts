/** The theme the document shows (data-theme on <html>), followed live. */
import { useSyncExternalStore } from 'react';
import type { Theme } from '../../app/theme.ts';

function read(): Theme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

function subscribe(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

export function useDocumentTheme(): Theme {
  return useSyncExternalStore(subscribe, read, read);
}
