/** documents:reocr and the case's OCR language set, through the API of a real engine. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ocrInfoOf } from '../../../shared/contract/ocr.ts';
import { shutdownOcrPool } from '../../../electron/services/ocr/ocr-pool.ts';
import { main } from '../../../electron/transports/cli/main.ts';
import { engineCase, type EngineCase } from '../../helpers/engine-case.ts';
import { tempDir } from '../../helpers/temp.ts';
import { arabicStatementImage } from '../../helpers/scan-fixtures.ts';
import { closeTextImages } from '../../helpers/text-image.ts';

let png: Buffer;
let c: EngineCase | null = null;

beforeAll(async () => {
  png = await arabicStatementImage('png');
  await closeTextImages();
});
afterEach(() => c?.close());
afterAll(() => shutdownOcrPool());

describe('reading a scan again with another language', () => {
  it('uses the case language set on import, then re-OCRs with another set and re-anchors annotations', async () => {
    c = await engineCase();
    expect(await c.call('ocr:languages', {})).toEqual({
      languages: [
        { code: 'eng', name: 'English' },
        { code: 'ara', name: 'Arabic' },
      ],
      caseDefault: null,
    });
    await expect(c.call('ocr:setCaseDefault', { languages: 'fra' })).rejects.toThrow(/No OCR language data for fra/);
    expect(await c.call('ocr:setCaseDefault', { languages: 'eng' })).toEqual({ caseDefault: 'eng' });

    // Read with English only, the Arabic statement comes out as Latin letters.
    const report = await c.call('documents:importContent', { items: [{ name: 'statement.png', base64: png.toString('base64') }] });
    expect(report.failed).toEqual([]);
    const documentId = report.items[0]!.documentId;
    const before = await c.call('documents:get', { id: documentId });
    expect(ocrInfoOf(before.metadata)).toMatchObject({ languages: 'eng', chosenBy: 'case' });
    expect(before.text).not.toMatch(/[\u0600-\u06ff]/);
    const word = /\S{3,}/.exec(before.text)!;
    const highlight = await c.call('annotations:create', { documentId, start: word.index, end: word.index + word[0].length, exact: word[0] });

    const result = await c.call('documents:reocr', { documentId, languages: 'ara+eng', jobId: 'reocr-1' });
    expect(result).toMatchObject({ documentId, textChanged: true, ocr: { languages: 'ara+eng', chosenBy: 'request' } });
    const { anchored, moved, fuzzy, orphaned } = result.report.annotations;
    expect(anchored + moved + fuzzy + orphaned).toBe(1); // the highlight went through re-anchoring
    const [after] = (await c.call('annotations:list', { documentId })).items;
    expect(after).toMatchObject({ id: highlight.id });
    expect(after!.anchorStatus).not.toBe('anchored');

    const doc = await c.call('documents:get', { id: documentId });
    expect(doc.text).toContain('المرصد');
    expect(doc.text).toContain('٧٥');
    expect(ocrInfoOf(doc.metadata)!.pages[0]!.confidence).toBeGreaterThan(70);
    expect(doc.metadata['previousVersions']).toHaveLength(1);
    expect((await c.call('search:query', { query: 'المرصد' })).hits.map((h) => h.documentId)).toEqual([documentId]);
    const progress = c.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { jobId: string; state: string; current: string | null });
    expect(progress.at(-1)).toMatchObject({ jobId: 'reocr-1', state: 'done' });

    // The same from the command line: back to English only.
    process.env['SIGHTLINE_HOME'] = tempDir();
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(await main(['reocr', c.path, documentId, 'eng'], io)).toBe(0);
    expect(out.join('\n')).toMatch(new RegExp(`^Read ${documentId} again with eng\\.\\nConfidence per page: p\\. 1 \\d+%`));
  });

  it('refuses a document that was not OCRed, and a language set it does not ship', async () => {
    c = await engineCase();
    const report = await c.call('documents:importContent', { items: [{ name: 'note.txt', text: 'A typed note, not a scan.' }] });
    const documentId = report.items[0]!.documentId;
    await expect(c.call('documents:reocr', { documentId, languages: 'eng' })).rejects.toThrow(/was not read with OCR/);
    await expect(c.call('documents:reocr', { documentId, languages: 'xx' })).rejects.toThrow(/language set/);
  });
});
