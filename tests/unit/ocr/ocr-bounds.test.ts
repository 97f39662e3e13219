/** What is refused before any OCR runs: images over the memory bound, PDFs with nothing to read. */
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../helpers/pdf-builder.ts';
import { caseFootprint, importBytes } from '../../helpers/import-helpers.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { pngHeader } from '../../helpers/text-image.ts';

describe('OCR bounds', () => {
  it('refuses an image over 40 megapixels from its header, before decoding it', async () => {
    const { db, close } = makeCase();
    const before = caseFootprint(db);
    const report = await importBytes(db, 'poster.png', pngHeader(9000, 6000));
    expect(report.failed).toEqual([
      { file: 'poster.png', error: 'the image is 9000 × 6000 pixels (54 MP); Sightline reads images up to 40 MP: scale it down' },
    ]);
    expect(caseFootprint(db)).toEqual(before);
    close();
  });

  it('refuses an image that is not one, whatever its name', async () => {
    const { db, close } = makeCase();
    const report = await importBytes(db, 'scan.jpg', 'this is text, not a JPEG');
    expect(report.failed).toEqual([{ file: 'scan.jpg', error: 'the image is damaged or cut short: its header (format and size) cannot be read' }]);
    const gif = await importBytes(db, 'anim.gif', Buffer.from('GIF89a0000000000'));
    expect(gif.failed[0]!.error).toBe('GIF images are not read: save it as PNG to read its text');
    close();
  });

  it('explains a PDF with neither a text layer nor a scan', async () => {
    const { db, close } = makeCase();
    const report = await importBytes(db, 'outlines.pdf', buildPdf({ pages: [[], []] }));
    expect(report.failed).toEqual([
      { file: 'outlines.pdf', error: 'the PDF has no text layer and no scanned images (its text may be drawn as outlines); nothing can be read from it' },
    ]);
    close();
  });
});
