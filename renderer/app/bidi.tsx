/**
 * Right-to-left and mixed text in the interface. User text (titles, sources, names, notes,
 * claim text) can be Arabic, Persian, Sorani or Hebrew inside an English interface, so:
 * - a block of user text gets `dir="auto"` (its first strong letter decides its direction
 *   and `text-align: start` follows it);
 * - user text inside an English line ("المرصد السوري · 2020-08-20 · Text") is isolated in a
 *   <bdi>, so neighbouring punctuation and digits are not reordered with it;
 * - grid cells render through BidiCell (AG Grid `cellRenderer`), a block span with
 *   `dir="auto"`: Arabic cells align right and read right-to-left, the column stays English.
 */
import { Fragment, type ReactNode } from 'react';

/** Items of a meta line, each isolated, joined by a separator; empty items are left out. */
export function joinIsolated(items: readonly (string | null | undefined | false)[], separator = ' · '): ReactNode {
  const kept = items.filter((item): item is string => typeof item === 'string' && item !== '');
  return kept.map((item, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}

/** An AG Grid cell (or any table cell) of user text: direction from its own content. */
export function BidiCell(params: { value?: unknown; valueFormatted?: string | null }) {
  const shown = params.valueFormatted ?? (params.value === null || params.value === undefined ? '' : String(params.value));
  return (
    <span className="bidi-cell" dir="auto">
      {shown}
    </span>
  );
}
