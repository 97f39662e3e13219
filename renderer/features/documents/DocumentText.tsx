/**
 * A document's text as React text nodes (never HTML), one block per paragraph, with page
 * markers, and highlights drawn as OVERLAYS: boxes positioned from the browser's own
 * layout of the text (Range.getClientRects), behind an untouched text node. Text is never
 * split into elements to highlight it, so Arabic letters stay joined and right-to-left
 * paragraphs lay out as written. Search hits, claims and annotations all use `highlights`;
 * `focus` scrolls a span into view and marks it. A comparison view can place two of these
 * side by side.
 */
import { Fragment, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { blockIndexAt, layoutBlocks, type TextRange } from './text-layout.ts';

export interface Highlight extends TextRange {
  /** A CSS class suffix: 'search', 'focus', 'annotation' … */
  kind: string;
  /** A colour for the box (an annotation's tag), mixed to a translucent fill by the CSS. */
  color?: string | undefined;
  /** What the box stands for (an annotation id), set on the box as data-highlight. */
  id?: string | undefined;
}

interface Box {
  key: string;
  kind: string;
  color: string | undefined;
  id: string | undefined;
  left: number;
  top: number;
  width: number;
  height: number;
}

const FIRST_BLOCKS = 300;
const MORE_BLOCKS = 600;

export function DocumentText({
  text,
  pages,
  highlights = [],
  focus = null,
  label = 'Document text',
}: {
  text: string;
  pages: number[];
  highlights?: Highlight[];
  /** A span to scroll to and mark (e.g. where a claim was found). */
  focus?: TextRange | null;
  label?: string;
}) {
  const blocks = useMemo(() => layoutBlocks(text, pages), [text, pages]);
  const focusBlock = focus ? blockIndexAt(blocks, focus.start) : 0;
  // Long documents render in steps as the analyst scrolls; a focus further down renders up to it.
  const [shown, setShown] = useState(FIRST_BLOCKS);
  const visible = Math.min(blocks.length, Math.max(shown, focusBlock + 50));
  const surface = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [layoutTick, setLayoutTick] = useState(0);

  const all = useMemo(() => (focus ? [...highlights, { ...focus, kind: 'focus' }] : highlights), [highlights, focus]);

  useLayoutEffect(() => {
    const host = surface.current;
    if (!host) return;
    const origin = host.getBoundingClientRect();
    const next: Box[] = [];
    all.forEach((range, index) => {
      for (let b = blockIndexAt(blocks, range.start); b < visible && blocks[b]!.start < range.end; b++) {
        const block = blocks[b]!;
        const element = host.querySelector<HTMLElement>(`[data-block="${b}"]`);
        const node = element?.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const from = Math.max(range.start, block.start) - block.start;
        const to = Math.min(range.end, block.end) - block.start;
        if (to <= from) continue;
        const dom = document.createRange();
        dom.setStart(node, from);
        dom.setEnd(node, to);
        Array.from(dom.getClientRects()).forEach((rect, r) => {
          if (rect.width === 0) return;
          next.push({
            key: `${index}-${b}-${r}`,
            kind: range.kind,
            color: 'color' in range ? range.color : undefined,
            id: 'id' in range ? range.id : undefined,
            left: rect.left - origin.left,
            top: rect.top - origin.top,
            width: rect.width,
            height: rect.height,
          });
        });
      }
    });
    setBoxes(next);
  }, [all, blocks, visible, layoutTick]);

  // Re-measure when the text reflows (window resized, panel opened).
  useLayoutEffect(() => {
    const host = surface.current;
    if (!host || typeof ResizeObserver === 'undefined') return;
    let width = host.clientWidth;
    const observer = new ResizeObserver(() => {
      if (host.clientWidth !== width) {
        width = host.clientWidth;
        setLayoutTick((t) => t + 1);
      }
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  // Scroll the focused span into view once it is laid out — once per focus, so later
  // re-measuring (new highlights, a reload) never pulls the analyst back.
  const scrolledTo = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focus || !scroller.current) return;
    const key = `${focus.start}:${focus.end}`;
    if (scrolledTo.current === key) return;
    const mark = boxes.find((b) => b.kind === 'focus');
    if (!mark) return;
    scroller.current.scrollTop = Math.max(0, mark.top - scroller.current.clientHeight / 3);
    scrolledTo.current = key;
  }, [focus, boxes]);

  useLayoutEffect(() => {
    const end = sentinel.current;
    if (!end || visible >= blocks.length || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + MORE_BLOCKS);
    }, { root: scroller.current, rootMargin: '800px' });
    observer.observe(end);
    return () => observer.disconnect();
  }, [visible, blocks.length]);

  return (
    <div className="doc-scroll" ref={scroller} tabIndex={0} aria-label={label}>
      <div className="doc-surface" ref={surface}>
        <div className="doc-overlays" aria-hidden="true">
          {boxes.map((box) => (
            <div
              key={box.key}
              className={`doc-mark doc-mark-${box.kind}`}
              data-highlight={box.id}
              style={{ left: box.left, top: box.top, width: box.width, height: box.height, ...(box.color ? ({ '--mark-color': box.color } as CSSProperties) : {}) }}
            />
          ))}
        </div>
        {blocks.slice(0, visible).map((block, index) => (
          <Fragment key={block.start + ':' + index}>
            {block.pageStart !== null && (
              <div className="doc-page-marker" role="separator" aria-label={`Page ${block.pageStart}`} data-page={block.pageStart}>
                <span>Page {block.pageStart}</span>
              </div>
            )}
            <p className="doc-block" dir="auto" data-block={index} data-start={block.start} data-end={block.end}>
              {text.slice(block.start, block.end)}
            </p>
          </Fragment>
        ))}
        {visible < blocks.length && (
          <div ref={sentinel} className="doc-more">
            <button className="button small" onClick={() => setShown((n) => n + MORE_BLOCKS)}>
              Show more ({blocks.length - visible} paragraphs left)
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
