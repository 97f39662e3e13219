/**
 * Selecting words in the reader as a mouse drag would, and measuring a highlight against the
 * words it marks — shared by the annotation end-to-end tests (English and Arabic).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Selects `quote` in the reader's text and lets the reader see it (its toolbar opens). */
export async function selectWords(page: Page, quote: string): Promise<void> {
  await page.evaluate((words) => {
    const block = [...document.querySelectorAll<HTMLElement>('.doc-block')].find((b) => b.textContent!.includes(words));
    if (!block) throw new Error(`"${words}" is not on screen`);
    const node = block.firstChild!;
    const at = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    block.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom }));
  }, quote);
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible();
}

/** The browser's boxes for `quote` and the overlay boxes of annotation `id`, in reading order: they must coincide. */
export async function highlightBoxes(page: Page, id: string, quote: string): Promise<{ words: number[][]; marks: number[][] }> {
  return page.evaluate(
    ([annotationId, words]) => {
      const round = (r: DOMRect) => [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
      const block = [...document.querySelectorAll<HTMLElement>('.doc-block')].find((b) => b.textContent!.includes(words))!;
      const node = block.firstChild!;
      const at = node.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const sort = (a: number[], b: number[]) => a[1]! - b[1]! || a[0]! - b[0]!;
      const marks = [...document.querySelectorAll<HTMLElement>(`.doc-mark[data-highlight="${annotationId}"]`)].map((m) => round(m.getBoundingClientRect())).sort(sort);
      return { words: [...range.getClientRects()].filter((r) => r.width > 0).map(round).sort(sort), marks };
    },
    [id, quote] as const,
  );
}
