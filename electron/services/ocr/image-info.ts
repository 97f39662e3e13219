/**
 * The format and size of an image, read from its header without decoding it, so a page
 * too large to OCR within the memory bound is refused before any pixel is decoded.
 */

export type ImageFormat = 'png' | 'jpeg' | 'tiff' | 'webp' | 'bmp' | 'pnm';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

export const IMAGE_MEDIA_TYPES: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
  bmp: 'image/bmp',
  pnm: 'image/x-portable-anymap',
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

/** The image format from magic bytes, or null. */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x42, 0x4d])) return 'bmp';
  if (bytes[0] === 0x50 && bytes[1]! >= 0x31 && bytes[1]! <= 0x36) return 'pnm';
  return null;
}

function jpegSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [(b[i + 7]! << 8) | b[i + 8]!, (b[i + 5]! << 8) | b[i + 6]!];
    }
    i += 2 + length;
  }
  return null;
}

function tiffSize(b: Uint8Array): [number, number] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const little = b[0] === 0x49;
  if (b.length < 8) return null;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > b.length) return null;
  const count = view.getUint16(ifd, little);
  let width = 0;
  let height = 0;
  for (let n = 0; n < count; n++) {
    const at = ifd + 2 + n * 12;
    if (at + 12 > b.length) return null;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const value = type === 3 ? view.getUint16(at + 8, little) : view.getUint32(at + 8, little);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width > 0 && height > 0 ? [width, height] : null;
}

function webpSize(b: Uint8Array): [number, number] | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ' && b.length >= 30) return [((b[27]! << 8) | b[26]!) & 0x3fff, ((b[29]! << 8) | b[28]!) & 0x3fff];
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return [1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16))];
  }
  return null;
}

function pnmSize(b: Uint8Array): [number, number] | null {
  const head = Buffer.from(b.subarray(0, 256)).toString('latin1').replace(/#[^\n]*\n/g, ' ');
  const match = /^P[1-6]\s+(\d+)\s+(\d+)/.exec(head);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Format and pixel size, or null when the header is not one of the formats OCR reads (or is cut short). */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const format = imageFormat(bytes);
  if (!format) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: [number, number] | null = null;
  if (format === 'png') size = bytes.length >= 24 ? [view.getUint32(16), view.getUint32(20)] : null;
  else if (format === 'jpeg') size = jpegSize(bytes);
  else if (format === 'tiff') size = tiffSize(bytes);
  else if (format === 'webp') size = webpSize(bytes);
  else if (format === 'bmp') size = bytes.length >= 26 ? [Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true))] : null;
  else size = pnmSize(bytes);
  if (!size || size[0] <= 0 || size[1] <= 0) return null;
  return { format, width: size[0], height: size[1] };
}
