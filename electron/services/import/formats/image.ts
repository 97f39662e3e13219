/**
 * Images (PNG, JPEG, TIFF, WebP; BMP and PNM as well): a scan or a photo of a statement,
 * read with OCR into a one-page document. The header is checked first, so a damaged file or
 * a picture too large for the memory bound is refused with its reason before any decoding.
 */
import { guessLanguage } from '../document-facts.ts';
import { ImportProblem, refuse } from '../import-problem.ts';
import type { Importer } from '../importer.ts';
import { imageInfo, IMAGE_MEDIA_TYPES } from '../../ocr/image-info.ts';
import { OCR_LIMITS, ocrInfo, ocrPages } from '../../ocr/ocr-document.ts';
import { OcrCancelled } from '../../ocr/ocr-pool.ts';

function titleOf(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_-]+/g, ' ').trim() || fileName;
}

export const importImage: Importer = async (source, context) => {
  const info = imageInfo(source.bytes);
  if (!info) refuse('the image is damaged or cut short: its header (format and size) cannot be read');
  const pixels = info.width * info.height;
  if (pixels > OCR_LIMITS.pagePixels) {
    refuse(`the image is ${info.width} × ${info.height} pixels (${(pixels / 1e6).toFixed(0)} MP); Sightline reads images up to ${OCR_LIMITS.pagePixels / 1e6} MP: scale it down`);
  }
  let result;
  try {
    result = await ocrPages([{ page: 1, image: async () => source.bytes }], { ...context.ocr, signal: context.signal });
  } catch (error) {
    if (error instanceof OcrCancelled) refuse('the import was cancelled');
    throw error;
  }
  const page = result.pages[0]!;
  if (page.error) throw new ImportProblem(page.error);
  if (page.text.trim() === '') refuse('no text was found in the image (OCR read nothing)');
  return {
    format: 'image',
    mediaType: IMAGE_MEDIA_TYPES[info.format],
    title: titleOf(source.fileName),
    text: page.text,
    pages: [0],
    language: guessLanguage(page.text),
    metadata: { image: { format: info.format, width: info.width, height: info.height }, ocr: ocrInfo(result, new Map([[1, 0]])) },
  };
};
