/** The words an OCR reading marks for checking by eye, as reader highlights (overlays). */
import type { OcrInfo } from '../../../shared/contract/ocr.ts';
import type { Highlight } from '../documents/DocumentText.tsx';

/** 85 and up reads well; below 70 most lines need checking against the scan. */
export function confidenceLevel(confidence: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (confidence === null) return 'none';
  return confidence >= 85 ? 'good' : confidence >= 70 ? 'fair' : 'poor';
}

/** Low-confidence words (kind `ocr-low`) and repaired digits (kind `ocr-repaired`). */
export function ocrHighlights(info: OcrInfo | null): Highlight[] {
  if (!info) return [];
  const repaired = new Set(info.pages.flatMap((p) => p.repaired.map(([s, e]) => `${s}:${e}`)));
  return info.pages.flatMap((page) =>
    page.lowConfidence.map(([start, end]) => ({ start, end, kind: repaired.has(`${start}:${end}`) ? 'ocr-repaired' : 'ocr-low' })),
  );
}

export function wordsToCheck(info: OcrInfo | null): number {
  return info ? info.pages.reduce((n, p) => n + p.lowConfidence.length, 0) : 0;
}
