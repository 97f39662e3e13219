/**
 * Annotating in the reader: the selection (mapped to text offsets through the reader's
 * blocks), the popover beside it, the keys H (highlight with a tag), Shift+H (with the last
 * tag), N (note) and C (claim), highlights coloured by tag for the reader to draw as
 * overlays, the side list, and clicking a highlight to find its card.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Annotation, ClaimDraft } from '../../../shared/contract/annotations.ts';
import type { Tag } from '../../../shared/contract/tags.ts';
import { useCommand } from '../../app/commands.tsx';
import { useToast } from '../../app/toasts.tsx';
import { AnnotationSideList } from './AnnotationSideList.tsx';
import { ClaimDraftPopover } from './ClaimDraftPopover.tsx';
import { offsetAt, rangeToOffsets } from './selection-offsets.ts';
import { SelectionPopover, type PopoverAnchor, type PopoverMode } from './SelectionPopover.tsx';
import { useDocumentAnnotations, type Span } from './use-document-annotations.ts';
import { useUndoCommand } from './use-undo.tsx';
import './annotations.css';

/** A highlight for the reader to draw: a span, a CSS kind, and the tag colour. */
export interface AnnotationHighlight {
  start: number;
  end: number;
  kind: string;
  color?: string;
  id?: string;
}

const RECENT_TAG_KEY = 'sightline.annotations.lastTag';
const NEUTRAL = '#8a8f98';

interface Selected extends Span {
  anchor: PopoverAnchor;
}

/** The window's selection as a span of the text, if it lies in the reader's `root`. */
function readSelection(root: HTMLElement | null, text: string): Selected | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsets = rangeToOffsets(root, range);
  if (!offsets) return null;
  return { ...offsets, exact: text.slice(offsets.start, offsets.end), anchor: anchorOf(range) };
}

function anchorOf(range: Range): PopoverAnchor {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
  const last = rects.at(-1) ?? range.getBoundingClientRect();
  const first = rects[0] ?? last;
  return { left: last.left, top: first.top, bottom: last.bottom };
}

export function useReaderAnnotations({
  documentId,
  text,
  container,
  onJump,
}: {
  documentId: string;
  text: string;
  /** The element holding the reader's text blocks. */
  container: RefObject<HTMLElement | null>;
  /** Scroll the reader to a span. */
  onJump(range: { start: number; end: number }): void;
}): { highlights: AnnotationHighlight[]; sideList: ReactNode; popover: ReactNode; activeId: string | null } {
  const store = useDocumentAnnotations(documentId);
  const notify = useToast();
  useUndoCommand();
  const [selected, setSelected] = useState<Selected | null>(null);
  const [mode, setMode] = useState<PopoverMode | null>(null);
  const [busy, setBusy] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [claimDraft, setClaimDraft] = useState<{ claim: ClaimDraft; anchor: PopoverAnchor } | null>(null);
  const [recentTagId, setRecentTagId] = useState<string | null>(() => localStorage.getItem(RECENT_TAG_KEY));
  const modeRef = useRef(mode);
  modeRef.current = mode;

  useEffect(() => {
    setSelected(null);
    setMode(null);
    setActiveId(null);
    setClaimDraft(null);
  }, [documentId]);

  // Follow the selection: show the actions when words are selected in the text, and find
  // the annotation under a click.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onUp = (event: MouseEvent | KeyboardEvent): void => {
      const next = readSelection(root, text);
      if (next) {
        setSelected(next);
        setMode('actions');
        return;
      }
      if (event instanceof MouseEvent && modeRef.current !== 'tags' && modeRef.current !== 'note') {
        const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
        const offset = caret ? offsetAt(root, caret.startContainer, caret.startOffset, 'start') : null;
        const hit = offset === null ? undefined : store.annotations.filter((a) => a.anchorStatus !== 'orphaned' && a.start <= offset && offset < a.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
        setActiveId(hit?.id ?? null);
        if (hit) document.querySelector(`[data-annotation-id="${hit.id}"]`)?.scrollIntoView({ block: 'nearest' });
      }
    };
    const onSelectionChange = (): void => {
      if (modeRef.current === 'actions' && !readSelection(root, text)) {
        setMode(null);
        setSelected(null);
      }
    };
    root.addEventListener('mouseup', onUp);
    root.addEventListener('keyup', onUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      root.removeEventListener('mouseup', onUp);
      root.removeEventListener('keyup', onUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [container, text, store.annotations]);

  const close = useCallback(() => {
    setMode(null);
    setSelected(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  /** The selection an action applies to: the one the popover holds, else the window's. */
  const target = (): Selected | null => {
    const current = selected ?? readSelection(container.current, text);
    // A stray key elsewhere (the document list) stays silent; in the text, say what is missing.
    const inReader = document.activeElement !== null && (container.current?.contains(document.activeElement) ?? false);
    if (!current && inReader) notify('info', 'Select words in the text first.');
    return current;
  };

  const remember = (tag: Tag): void => {
    setRecentTagId(tag.id);
    localStorage.setItem(RECENT_TAG_KEY, tag.id);
  };

  const highlightWith = async (span: Selected, tag: Tag): Promise<void> => {
    setBusy(true);
    remember(tag);
    const created = await store.highlight(span, [tag.id]);
    setBusy(false);
    if (created) {
      setActiveId(created.id);
      close();
    }
  };

  const openMode = (next: PopoverMode): void => {
    const span = target();
    if (!span) return;
    setSelected(span);
    setMode(next);
  };

  const makeClaim = async (): Promise<void> => {
    const span = target();
    if (!span) return;
    setBusy(true);
    const created = await store.claim(span);
    setBusy(false);
    if (created) {
      setActiveId(created.annotation.id);
      setClaimDraft({ claim: created.claim, anchor: span.anchor });
      close();
    }
  };

  useCommand('annotations.highlight', 'Highlight the selection with a tag', 'H', () => openMode('tags'));
  useCommand('annotations.highlightLast', 'Highlight the selection with the last tag', 'Shift+H', () => {
    const span = target();
    const tag = store.tags.find((t) => t.id === recentTagId);
    if (!span) return;
    if (!tag) return openMode('tags');
    void highlightWith(span, tag);
  });
  useCommand('annotations.note', 'Write a note on the selection', 'N', () => openMode('note'));
  useCommand('annotations.claim', 'Create a claim from the selection', 'C', () => void makeClaim());
  useCommand('annotations.cancel', 'Close the annotation popover', mode || claimDraft ? 'Escape' : undefined, () => {
    setClaimDraft(null);
    close();
  });

  const highlights = useMemo<AnnotationHighlight[]>(
    () =>
      store.annotations
        .filter((a: Annotation) => a.anchorStatus !== 'orphaned' && a.end <= text.length)
        .map((a) => ({
          start: a.start,
          end: a.end,
          id: a.id,
          kind: a.id === activeId ? 'annotation-active' : a.kind === 'highlight' ? 'annotation' : `annotation-${a.kind}`,
          color: a.tags[0]?.color ?? NEUTRAL,
        })),
    [store.annotations, activeId, text.length],
  );

  const sideList = (
    <AnnotationSideList
      store={store}
      activeId={activeId}
      selection={selected}
      onJump={(a) => {
        setActiveId(a.id);
        onJump({ start: a.start, end: a.end });
      }}
    />
  );

  const popover = (
    <>
      {selected && mode && (
        <SelectionPopover
          anchor={selected.anchor}
          mode={mode}
          tags={store.tags}
          recentTagId={recentTagId}
          busy={busy}
          onMode={setMode}
          onClaim={() => void makeClaim()}
          onPickTag={(tag) => void highlightWith(selected, tag)}
          onCreateTag={(name) =>
            void store.createTag(name).then((tag) => {
              if (tag) void highlightWith(selected, tag);
            })
          }
          onSaveNote={(note) => {
            if (!note) return close();
            void store.note(selected, note).then((created) => {
              if (created) {
                setActiveId(created.id);
                close();
              }
            });
          }}
          onCancel={close}
        />
      )}
      {claimDraft && <ClaimDraftPopover draft={claimDraft.claim} anchor={claimDraft.anchor} onClose={() => setClaimDraft(null)} />}
    </>
  );
  return { highlights, sideList, popover, activeId };
}
