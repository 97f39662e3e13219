/**
 * Scanned-looking pages made in code, so OCR tests carry no binary of unknown origin: the
 * text is laid out as HTML (Noto Sans / Noto Sans Arabic from the system's fonts-noto-core)
 * and photographed by Debian's Chromium through Playwright. Formats Chromium's screenshots
 * cannot give (WebP) come from the page's own canvas encoder; TIFF is written here.
 */
import { chromium, type Browser } from 'playwright-core';

export interface TextImageOptions {
  /** Paragraphs of the page, in reading order. */
  paragraphs: string[];
  /** "rtl" lays the page out right to left (Arabic). */
  direction?: 'ltr' | 'rtl';
  /** Page width in CSS pixels (the image is this wide); a letter page at ~100 dpi by default. */
  width?: number;
  /** Page height in pixels (a full page: 1100 for letter at 100 dpi); by default as tall as the text. */
  height?: number;
  fontSize?: number;
  format?: 'png' | 'jpeg' | 'webp' | 'tiff';
}

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--font-render-hinting=none'] });
  return browser;
}

/** Closes the shared browser (call in afterAll). */
export async function closeTextImages(): Promise<void> {
  const open = browser;
  browser = null;
  if (open) await (await open).close();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders paragraphs as an image of a page: black text on white, like a clean scan. */
export async function renderTextImage(options: TextImageOptions): Promise<Buffer> {
  const width = options.width ?? 850;
  const fontSize = options.fontSize ?? 20;
  const direction = options.direction ?? 'ltr';
  const page = await (await launch()).newPage({ viewport: { width, height: 200 }, deviceScaleFactor: 1 });
  try {
    const html = `<!doctype html><html dir="${direction}"><body style="margin:0;background:#fff">
      <main id="page" style="padding:48px 56px;width:${width - 112}px;${options.height ? `height:${options.height - 96}px;overflow:hidden;` : ''}box-sizing:content-box;color:#000;
        font:${fontSize}px/1.5 'Noto Sans','Noto Sans Arabic',sans-serif">
      ${options.paragraphs.map((p) => `<p style="margin:0 0 ${Math.round(fontSize * 0.8)}px">${escapeHtml(p)}</p>`).join('')}
      </main></body></html>`;
    await page.setContent(html);
    const element = page.locator('#page');
    const format = options.format ?? 'png';
    if (format === 'webp' || format === 'tiff') {
      // Chromium's screenshots are PNG or JPEG; WebP comes from a canvas holding the PNG, and
      // TIFF is written here from the canvas's grey levels.
      const png = await element.screenshot({ type: 'png' });
      const out = await page.evaluate(
        async ([b64, wanted]) => {
          const image = new Image();
          image.src = `data:image/png;base64,${b64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          if (wanted === 'webp') return { webp: canvas.toDataURL('image/webp', 0.95), width: 0, height: 0, gray: [] as number[] };
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          const gray: number[] = [];
          for (let i = 0; i < data.length; i += 4) gray.push(Math.round((data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114) / 1000));
          return { webp: '', width: canvas.width, height: canvas.height, gray };
        },
        [png.toString('base64'), format] as const,
      );
      return format === 'webp' ? Buffer.from(out.webp.split(',')[1]!, 'base64') : grayTiff(out.width, out.height, Uint8Array.from(out.gray));
    }
    return format === 'jpeg' ? await element.screenshot({ type: 'jpeg', quality: 90 }) : await element.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** The grey levels of an image as an uncompressed, single-strip 8-bit TIFF (baseline TIFF 6.0). */
export function grayTiff(width: number, height: number, gray: Uint8Array): Buffer {
  const entries: [number, number, number, number][] = [
    // tag, type (3 SHORT, 4 LONG), count, value
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 1, 8],
    [259, 3, 1, 1],
    [262, 3, 1, 1], // BlackIsZero
    [273, 4, 1, 0], // strip offset, set below
    [277, 3, 1, 1],
    [278, 4, 1, height],
    [279, 4, 1, width * height],
  ];
  const ifdOffset = 8;
  const ifdSize = 2 + entries.length * 12 + 4;
  const dataOffset = ifdOffset + ifdSize;
  entries[5]![3] = dataOffset;
  const out = Buffer.alloc(dataOffset + gray.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifdOffset, 4);
  out.writeUInt16LE(entries.length, ifdOffset);
  entries.forEach(([tag, type, count, value], i) => {
    const at = ifdOffset + 2 + i * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(count, at + 4);
    if (type === 3) out.writeUInt16LE(value, at + 8);
    else out.writeUInt32LE(value, at + 8);
  });
  out.writeUInt32LE(0, ifdOffset + 2 + entries.length * 12);
  Buffer.from(gray).copy(out, dataOffset);
  return out;
}

/** The first bytes of a PNG of the given size (signature and IHDR, no pixels): enough for header checks. */
export function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}
