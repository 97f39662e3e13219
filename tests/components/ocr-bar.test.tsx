import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ClientProvider } from '../../renderer/api/client-context.tsx';
import { engineClient } from '../helpers/engine-client.ts';
import { testEnvironment } from '../helpers/make-case.ts';
import { tempDir } from '../helpers/temp.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OcrInfo } from '../../shared/contract/ocr.ts';
import { OcrBar } from '../../renderer/features/ocr/OcrBar.tsx';
import { confidenceLevel, ocrHighlights, wordsToCheck } from '../../renderer/features/ocr/ocr-highlights.ts';

afterEach(() => cleanup());

const INFO: OcrInfo = {
  engine: 'tesseract.js 7',
  languages: 'ara+eng',
  chosenBy: 'script',
  at: '2026-11-25T22:00:00Z',
  pages: [
    { page: 1, confidence: 93, lowConfidence: [[10, 12, 69]], repaired: [[10, 12]], error: null },
    { page: 2, confidence: 64, lowConfidence: [[130, 137, 41], [140, 150, 55]], repaired: [], error: null },
    { page: 3, confidence: null, lowConfidence: [], repaired: [], error: 'reading the page took longer than 180 s (the limit per page)' },
  ],
};

describe('the reader’s OCR line', () => {
  it('shows each page’s confidence, goes to a page, and toggles the words to check', () => {
    const onShowPage = vi.fn();
    const onToggleMarks = vi.fn();
    render(<OcrBar documentId="d1" info={INFO} pages={[0, 120, 300]} marksShown onToggleMarks={onToggleMarks} onShowPage={onShowPage} />);
    const badges = screen.getAllByRole('button', { name: /^p\. \d/ });
    expect(badges.map((b) => b.textContent)).toEqual(['p. 1 · 93%', 'p. 2 · 64%', 'p. 3 · not read']);
    expect(badges.map((b) => b.className)).toEqual(['ocr-badge ocr-good', 'ocr-badge ocr-poor', 'ocr-badge ocr-none']);
    expect(badges[2]!.getAttribute('title')).toMatch(/longer than 180 s/);
    fireEvent.click(badges[1]!);
    expect(onShowPage).toHaveBeenCalledWith({ start: 120, end: 121 });
    const toggle = screen.getByRole('button', { name: '3 words to check' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(onToggleMarks).toHaveBeenCalledOnce();
    expect(screen.getByText('OCR (ara+eng)')).toBeTruthy();
  });

  it('turns the marked words into overlay highlights: repaired digits apart from low confidence', () => {
    expect(ocrHighlights(INFO)).toEqual([
      { start: 10, end: 12, kind: 'ocr-repaired' },
      { start: 130, end: 137, kind: 'ocr-low' },
      { start: 140, end: 150, kind: 'ocr-low' },
    ]);
    expect(ocrHighlights(null)).toEqual([]);
    expect(wordsToCheck(INFO)).toBe(3);
    expect([confidenceLevel(85), confidenceLevel(70), confidenceLevel(69), confidenceLevel(null)]).toEqual(['good', 'fair', 'poor', 'none']);
  });

  it('reads again with another language set, and can make it the case’s set', async () => {
    const client = engineClient(testEnvironment());
    await client.invoke('case:create', { path: join(tempDir(), 'ocr.sightline'), title: 'OCR' });
    render(
      <ClientProvider client={client}>
        <OcrBar documentId="not-a-document" info={INFO} pages={[0, 120, 300]} marksShown onToggleMarks={() => {}} onShowPage={() => {}} />
      </ClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read again…' }));
    const select = screen.getByLabelText('OCR language') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toEqual(['ara+eng', 'eng', 'ara']));
    expect(screen.getByText(/now guessed from each scan’s script/)).toBeTruthy();
    fireEvent.change(select, { target: { value: 'ara' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Read again' }));
    // The case's set is saved first; the document does not exist, so the reading itself fails.
    await waitFor(async () => expect((await client.invoke('ocr:languages', {})).caseDefault).toBe('ara'));
    client.engine.close();
  });
});
