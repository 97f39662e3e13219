/**
 * The scan inside a PDF page. A scanner (or "print to PDF" of a photo) writes each page as
 * one image drawn over the page, so the page's largest image IS the page to OCR: it is
 * taken from the page's operator list as pdf.js decodes it (JPEG, Flate, CCITT, JBIG2 …),
 * turned to grey and scaled down to the OCR bound, and handed to tesseract as a PGM (the
 * simplest format Leptonica reads: no encoding cost). No canvas package is needed, so there
 * is no native module to build; what this does not read is text drawn as vector outlines
 * (no image on the page): such a page is reported as having no text to read.
 */
import { ImageKind, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PageImage {
  /** PGM (P5) bytes, 8-bit grey. */
  pgm: Uint8Array;
  width: number;
  height: number;
  /** The image's size in the PDF before scaling. */
  sourceWidth: number;
  sourceHeight: number;
}

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject]);

function objectOf(page: PDFPageProxy, name: string): Promise<DecodedImage | null> {
  const store = name.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      store.get(name, (value: unknown) => resolve((value as DecodedImage | null) ?? null));
    } catch {
      resolve(null);
    }
  });
}

/** The largest image painted on the page, decoded, or null when the page has none. */
async function largestImage(page: PDFPageProxy): Promise<DecodedImage | null> {
  const list = await page.getOperatorList();
  let best: DecodedImage | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    if (!IMAGE_OPS.has(list.fnArray[i]!)) continue;
    const arg = (list.argsArray[i] as unknown[])[0];
    const image = typeof arg === 'string' ? await objectOf(page, arg) : (arg as DecodedImage);
    if (image?.data && image.width * image.height > (best ? best.width * best.height : 0)) best = image;
  }
  return best;
}

/** Grey levels of a decoded image, every `step`-th pixel box averaged (step 1: as is). */
function toGray(image: DecodedImage, step: number): { gray: Uint8Array; width: number; height: number } {
  const { width, height, kind } = image;
  const data = image.data!;
  const outWidth = Math.floor(width / step);
  const outHeight = Math.floor(height / step);
  const gray = new Uint8Array(outWidth * outHeight);
  const rowBytes1bpp = (width + 7) >> 3;
  const sample = (x: number, y: number): number => {
    if (kind === ImageKind.GRAYSCALE_1BPP) return (data[y * rowBytes1bpp + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    if (kind === ImageKind.RGB_24BPP) {
      const p = (y * width + x) * 3;
      return (data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114) / 1000;
    }
    const p = (y * width + x) * 4; // RGBA_32BPP
    return (data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114) / 1000;
  };
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      let sum = 0;
      for (let dy = 0; dy < step; dy++) for (let dx = 0; dx < step; dx++) sum += sample(ox * step + dx, oy * step + dy);
      gray[oy * outWidth + ox] = Math.round(sum / (step * step));
    }
  }
  return { gray, width: outWidth, height: outHeight };
}

export function encodePgm(gray: Uint8Array, width: number, height: number): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + gray.length);
  out.set(header, 0);
  out.set(gray, header.length);
  return out;
}

/** The page's scan as a PGM of at most `maxPixels`, or null when the page holds no image. */
export async function pageImage(page: PDFPageProxy, maxPixels: number): Promise<PageImage | null> {
  const image = await largestImage(page);
  if (!image || image.width < 16 || image.height < 16) return null;
  const step = Math.max(1, Math.ceil(Math.sqrt((image.width * image.height) / maxPixels)));
  const { gray, width, height } = toGray(image, step);
  return { pgm: encodePgm(gray, width, height), width, height, sourceWidth: image.width, sourceHeight: image.height };
}
