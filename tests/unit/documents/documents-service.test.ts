import { describe, expect, it } from 'vitest';
import { recordHistory } from '../../../electron/services/casefile/change-log.ts';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { buildEmail } from '../../helpers/archive-builder.ts';
import { engineCase, importTexts } from '../../helpers/engine-case.ts';
import { buildPdf } from '../../helpers/pdf-builder.ts';

describe('documents', () => {
  it('lists documents sorted by date, source or title, paged and filtered', async () => {
    const c = await engineCase();
    await importTexts(c, [
      { name: 'a.txt', text: 'Alpha text about convoys.', title: 'Charlie', sourceName: 'Reuters', published: '2020-08-02' },
      { name: 'b.txt', text: 'Bravo text about columns.', title: 'alpha', sourceName: 'Anadolu Agency', published: '2020-08-20' },
      { name: 'c.txt', text: 'Charlie text without a date.', title: 'Bravo', sourceName: 'SOHR' },
    ]);
    const titles = async (input: Parameters<typeof c.call<'documents:list'>>[1]): Promise<string[]> => (await c.call('documents:list', input)).items.map((d) => d.title);
    expect(await titles({ sort: 'published', direction: 'desc' })).toEqual(['alpha', 'Charlie', 'Bravo']);
    expect(await titles({ sort: 'published', direction: 'asc' })).toEqual(['Charlie', 'alpha', 'Bravo']);
    expect(await titles({ sort: 'title', direction: 'asc' })).toEqual(['alpha', 'Bravo', 'Charlie']);
    expect(await titles({ sort: 'source', direction: 'asc' })).toEqual(['alpha', 'Charlie', 'Bravo']);
    const page = await c.call('documents:list', { sort: 'title', direction: 'asc', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ title: 'Bravo', sourceName: 'SOHR', format: 'text', textLength: 28 }] });
    expect(await titles({ publishedFrom: '2020-08-10' })).toEqual(['alpha']);
    c.close();
  });

  it('gives a document with its text, pages, attachments and parent', async () => {
    const c = await engineCase();
    const eml = buildEmail({
      from: 'desk@example.org',
      to: 'me@example.org',
      subject: 'Report attached',
      date: 'Thu, 20 Aug 2020 08:15:00 +0000',
      text: 'See attachment.',
      attachments: [{ fileName: 'r.pdf', contentType: 'application/pdf', data: buildPdf({ pages: [['One.'], ['Two.']] }) }],
    });
    const report = await c.call('documents:importContent', { items: [{ name: 'mail.eml', base64: eml.toString('base64') }] });
    const mail = await c.call('documents:get', { id: report.items.find((i) => i.parentId === null)!.documentId });
    expect(mail.children).toHaveLength(1);
    const pdf = await c.call('documents:get', { id: mail.children[0]!.id });
    expect(pdf).toMatchObject({ format: 'pdf', pageCount: 2, pages: [0, 6], text: 'One.\n\nTwo.', parent: { id: mail.id, title: 'Report attached' } });
    await expect(c.call('documents:get', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    c.close();
  });

  it('edits metadata through the change log, registering a new outlet, and refuses stale edits', async () => {
    const c = await engineCase();
    const [id] = await importTexts(c, [{ name: 'a.txt', text: 'A short report about Idlib convoys.' }]);
    const before = await c.call('documents:get', { id: id! });
    const edited = await c.call('documents:update', {
      id: id!,
      expectedRev: before.rev,
      title: 'Convoys report',
      sourceName: 'Enab Baladi',
      author: 'Staff',
      published: '2020-08-21',
      url: 'https://example.org/r',
      language: 'en',
    });
    expect(edited).toMatchObject({ title: 'Convoys report', sourceName: 'Enab Baladi', author: 'Staff', published: '2020-08-21', url: 'https://example.org/r', language: 'en' });
    await expect(c.call('documents:update', { id: id!, expectedRev: before.rev, title: 'Stale' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(c.call('documents:update', { id: id!, published: 'last Tuesday' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(c.call('documents:update', { id: id!, url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'invalid_input' });
    const cleared = await c.call('documents:update', { id: id!, sourceName: null, author: null });
    expect(cleared).toMatchObject({ sourceName: null, author: null });
    c.close();
    const open = openCase(c.path);
    const history = recordHistory(open.db, 'documents', id!);
    expect(history.map((h) => h.op)).toEqual(['insert', 'update', 'update']);
    expect(history[1]!.after).toMatchObject({ title: 'Convoys report', published: '2020-08-21' });
    open.close();
  });

  it('deletes an e-mail with its attachments (restorable) and hides it from the list', async () => {
    const c = await engineCase();
    const eml = buildEmail({ from: 'a@example.org', to: 'b@example.org', subject: 'S', date: 'Thu, 20 Aug 2020 08:15:00 +0000', text: 'Body text here.', attachments: [{ fileName: 'n.txt', contentType: 'text/plain', data: 'Attached note text.' }] });
    const report = await c.call('documents:importContent', { items: [{ name: 'm.eml', base64: eml.toString('base64') }] });
    const mailId = report.items.find((i) => i.parentId === null)!.documentId;
    const deleted = await c.call('documents:delete', { ids: [mailId] });
    expect(deleted.deleted).toHaveLength(2);
    expect((await c.call('documents:list', {})).total).toBe(0);
    expect(await c.call('documents:get', { id: mailId })).toMatchObject({ deleted: true });
    const restored = await c.call('documents:restore', { ids: [mailId] });
    expect(restored.restored).toHaveLength(2);
    expect((await c.call('documents:list', {})).total).toBe(2);
    expect(c.events.filter((e) => e.name === 'case:changed').length).toBeGreaterThanOrEqual(3);
    c.close();
  });
});
