/**
 * Builds small, valid PDFs in code, so tests and benchmarks carry no binary of unknown
 * origin: text pages in Helvetica, image pages (a JPEG drawn over the whole page, as a
 * scanner writes them, optionally under a few words of text layer), an Info dictionary,
 * and optionally the PDF standard security handler (RC4, revision 2, PDF 1.7 spec §7.6.3)
 * with a user password.
 */
import { createHash } from 'node:crypto';

/** A scanned page: the JPEG fills the page (DCTDecode, so the bytes go in unchanged). */
export interface PdfImagePage {
  jpeg: Uint8Array;
  /** Lines of text layer drawn over the image (a page number, a stamp). */
  lines?: string[];
}

export interface PdfOptions {
  /** Each page is a list of lines (ASCII), or an image. */
  pages: (string[] | PdfImagePage)[];
  title?: string;
  author?: string;
  /** PDF date, e.g. "D:20200820120000Z". */
  creationDate?: string;
  /** Encrypts the file so it opens only with this password. */
  userPassword?: string;
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

function escapeString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

interface Security {
  key: Buffer;
  dictionary: string;
  id: Buffer;
}

function security(userPassword: string): Security {
  const id = md5(Buffer.from(`sightline-test-${userPassword}`));
  const permissions = -44;
  const ownerKey = md5(padded(`owner-${userPassword}`)).subarray(0, 5);
  const o = rc4(ownerKey, padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return { key, id, dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>` };
}

function objectKey(base: Buffer, objectNumber: number): Buffer {
  const suffix = Buffer.from([objectNumber & 255, (objectNumber >> 8) & 255, (objectNumber >> 16) & 255, 0, 0]);
  return md5(base, suffix).subarray(0, Math.min(base.length + 5, 16));
}

function jpegSize(b: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < b.length) {
    const marker = b[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]!, components: b[i + 9]! };
    }
    i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
  }
  throw new Error('not a JPEG with a frame header');
}

export function buildPdf(options: PdfOptions): Buffer {
  const sec = options.userPassword !== undefined ? security(options.userPassword) : null;
  const objects: (Buffer | string)[] = [];
  const add = (body: Buffer | string): number => objects.push(body);
  const catalog = add('');
  const pagesObject = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of options.pages) {
    const image = Array.isArray(page) ? null : page;
    const lines = Array.isArray(page) ? page : (page.lines ?? []);
    let imageNumber: number | null = null;
    let box = [612, 792];
    if (image) {
      const size = jpegSize(image.jpeg);
      // 72 dpi in PDF units: a 1275-pixel-wide scan is a 150 dpi letter page at 1275 × 72/150.
      box = [Math.round((size.width * 72) / 150), Math.round((size.height * 72) / 150)];
      const jpeg = sec ? rc4(objectKey(sec.key, objects.length + 1), Buffer.from(image.jpeg)) : Buffer.from(image.jpeg);
      const header = `<< /Type /XObject /Subtype /Image /Width ${size.width} /Height ${size.height} /ColorSpace /${size.components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`;
      imageNumber = add(Buffer.concat([Buffer.from(header, 'latin1'), jpeg, Buffer.from('\nendstream', 'latin1')]));
    }
    const text = lines.length > 0 ? ['BT', '/F1 12 Tf', '14 TL', `72 ${box[1]! - 52} Td`, ...lines.map((line) => `(${escapeString(line)}) Tj T*`), 'ET'] : [];
    const content = [...(imageNumber ? ['q', `${box[0]} 0 0 ${box[1]} 0 0 cm`, '/Im1 Do', 'Q'] : []), ...text].join('\n');
    const contentNumber = objects.length + 1;
    const bytes = sec ? rc4(objectKey(sec.key, contentNumber), Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
    add(Buffer.concat([Buffer.from(`<< /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]));
    const xObjects = imageNumber ? ` /XObject << /Im1 ${imageNumber} 0 R >>` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 ${box[0]} ${box[1]}] /Resources << /Font << /F1 ${font} 0 R >>${xObjects} >> /Contents ${contentNumber} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let info: number | null = null;
  if (!sec && (options.title || options.author || options.creationDate)) {
    const entries = [
      options.title ? `/Title (${escapeString(options.title)})` : '',
      options.author ? `/Author (${escapeString(options.author)})` : '',
      options.creationDate ? `/CreationDate (${options.creationDate})` : '',
    ];
    info = add(`<< ${entries.join(' ')} >>`);
  }
  const encrypt = sec ? add(sec.dictionary) : null;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const trailer = [
    `/Size ${objects.length + 1}`,
    `/Root ${catalog} 0 R`,
    info ? `/Info ${info} 0 R` : '',
    encrypt ? `/Encrypt ${encrypt} 0 R /ID [<${sec!.id.toString('hex')}> <${sec!.id.toString('hex')}>]` : '',
  ].join(' ');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<< ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
