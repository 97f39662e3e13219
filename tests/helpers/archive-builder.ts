/**
 * Zip archives, .docx files and e-mails built in code for tests and benchmarks (no binary
 * fixtures of unknown origin). The zip writer can also lie — declare sizes the data does
 * not have, or point two entries at the same data — to build the zip bombs import refuses.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data?: Uint8Array | string;
  /** Already-deflated data (with `size` and `crc` of what it inflates to). */
  deflated?: { data: Uint8Array; size: number; crc: number };
  /** Overrides the uncompressed size written in the archive (to build a lying archive). */
  declaredSize?: number;
  /** Stores the entry without compression. */
  store?: boolean;
  /** Makes this entry's directory record point at the data of entry number `index` (an overlapping bomb). */
  sameDataAs?: number;
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const records: { offset: number; compressed: number; size: number; crc: number; method: number }[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let record: (typeof records)[number];
    if (entry.sameDataAs !== undefined) {
      record = records[entry.sameDataAs]!;
    } else {
      const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data ?? new Uint8Array());
      const method = entry.deflated ? 8 : entry.store ? 0 : 8;
      const data = entry.deflated ? Buffer.from(entry.deflated.data) : method === 8 ? deflateRawSync(raw) : raw;
      const size = entry.declaredSize ?? (entry.deflated ? entry.deflated.size : raw.length);
      const crc = entry.deflated ? entry.deflated.crc : crc32(raw);
      const header = Buffer.concat([u32(0x04034b50), u16(20), u16(0x800), u16(method), u16(0), u16(0), u32(crc), u32(data.length), u32(size), u16(name.length), u16(0), name]);
      record = { offset, compressed: data.length, size, crc, method };
      locals.push(header, data);
      offset += header.length + data.length;
    }
    records.push(record);
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(20), u16(20), u16(0x800), u16(record.method), u16(0), u16(0), u32(record.crc), u32(record.compressed), u32(record.size),
        u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(record.offset), name,
      ]),
    );
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

/** `size` zero bytes, deflated without ever holding them in memory at once. */
export async function deflatedZeros(size: number): Promise<{ data: Uint8Array; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts of a minimal, valid .docx with these paragraphs. */
export function docxEntries(paragraphs: string[], core: { title?: string; creator?: string; created?: string } = {}): ZipEntrySpec[] {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
    {
      name: 'docProps/core.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        (core.title ? `<dc:title>${xmlEscape(core.title)}</dc:title>` : '') +
        (core.creator ? `<dc:creator>${xmlEscape(core.creator)}</dc:creator>` : '') +
        (core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : '') +
        '</cp:coreProperties>',
    },
  ];
}

export function buildDocx(paragraphs: string[], core: { title?: string; creator?: string; created?: string } = {}): Buffer {
  return buildZip(docxEntries(paragraphs, core));
}

export interface EmailSpec {
  from: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  attachments?: { fileName: string; contentType: string; data: Uint8Array | string }[];
}

/** A MIME message (multipart/mixed when it has attachments), lines wrapped as RFC 5322 wants. */
export function buildEmail(spec: EmailSpec): Buffer {
  const boundary = 'sightline-test-boundary';
  const headers = [`From: ${spec.from}`, `To: ${spec.to}`, `Subject: ${spec.subject}`, `Date: ${spec.date}`, 'Message-ID: <test@sightline.invalid>', 'MIME-Version: 1.0'];
  if (!spec.attachments?.length) {
    return Buffer.from([...headers, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', spec.text, ''].join('\r\n'), 'utf8');
  }
  const parts = [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', spec.text];
  for (const attachment of spec.attachments) {
    const base64 = Buffer.from(attachment.data).toString('base64').replace(/.{76}/g, '$&\r\n');
    parts.push(
      `--${boundary}`,
      `Content-Type: ${attachment.contentType}; name="${attachment.fileName}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${attachment.fileName}"`,
      '',
      base64,
    );
  }
  parts.push(`--${boundary}--`, '');
  return Buffer.from([...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...parts].join('\r\n'), 'utf8');
}
