/**
 * Which importer reads a file: its content first (magic bytes cannot lie the way a file
 * name can), then its extension. Formats Sightline does not read get a reason that says
 * what to do instead.
 */
import { extname } from 'node:path';

export type SniffedKind = 'pdf' | 'docx' | 'zip' | 'eml' | 'html' | 'markdown' | 'text' | 'image';

export type Sniffed = { kind: SniffedKind } | { kind: 'unsupported'; reason: string };

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function asciiHead(bytes: Uint8Array, length = 2048): string {
  let head = '';
  const n = Math.min(bytes.length, length);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  return head;
}

/** The central directory names of a zip, read cheaply from its tail (for telling .docx from .zip). */
function zipNames(bytes: Uint8Array): string {
  const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
  return Buffer.from(tail).toString('latin1');
}

const GIF_REASON = 'GIF images are not read: save it as PNG to read its text';
const HEIC_REASON = 'HEIC photos are not read: export it as JPEG to read its text';

const EXTENSIONS: Record<string, SniffedKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.csv': 'text',
  '.tsv': 'text',
  '.log': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.eml': 'eml',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.zip': 'zip',
};

const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.doc': 'Word 97–2003 (.doc) files are not supported; save it as .docx',
  '.rtf': 'RTF files are not supported; save it as .docx or plain text',
  '.odt': 'OpenDocument text is not supported; save it as .docx',
  '.xlsx': 'spreadsheets are not imported as documents',
  '.xls': 'spreadsheets are not imported as documents',
  '.pptx': 'presentations are not supported; save it as PDF',
  '.msg': 'Outlook .msg files are not supported; save the message as .eml',
  '.mhtml': 'MHTML archives are not supported; save the page as "Web page, HTML only"',
  '.mht': 'MHTML archives are not supported; save the page as "Web page, HTML only"',
};

const EMAIL_HEADER = /^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|reply-to|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+|authentication-results|content-type):[ \t]/i;

function looksLikeEmail(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 12);
  let headers = 0;
  for (const line of lines) {
    if (line === '') break;
    if (EMAIL_HEADER.test(line)) headers++;
    else if (!/^[ \t]/.test(line) && !/^[A-Za-z0-9-]+:/.test(line)) return false;
  }
  return headers >= 2;
}

export function sniff(bytes: Uint8Array, fileName: string, declaredType?: string | null): Sniffed {
  const ext = extname(fileName).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'pdf' }; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipNames(bytes);
    if (names.includes('word/document.xml')) return { kind: 'docx' };
    if (names.includes('xl/workbook.xml')) return { kind: 'unsupported', reason: 'spreadsheets are not imported as documents' };
    if (names.includes('ppt/presentation.xml')) return { kind: 'unsupported', reason: 'presentations are not supported; save it as PDF' };
    if (names.includes('mimetypeapplication/vnd.oasis.opendocument')) return { kind: 'unsupported', reason: 'OpenDocument files are not supported; save it as .docx' };
    if (ext === '.docx') return { kind: 'docx' }; // let the docx reader say what is wrong with it
    return { kind: 'zip' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS[ext] ?? 'old Microsoft Office files (.doc, .xls, .msg) are not supported; save it as .docx or .eml' };
  }
  // Scans and photos are read with OCR (formats/image.ts).
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  ) {
    return { kind: 'image' };
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: 'unsupported', reason: GIF_REASON };
  if (Buffer.from(bytes.subarray(0, 16)).toString('latin1') === 'SQLite format 3\u0000') {
    return { kind: 'unsupported', reason: "it is a database (a Sightline case or another program's), not a document; open or merge cases instead" };
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'unsupported', reason: 'gzip archives are not supported; use .zip' };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS['.rtf']! };
  if (UNSUPPORTED_EXTENSIONS[ext]) return { kind: 'unsupported', reason: UNSUPPORTED_EXTENSIONS[ext] };
  // An image extension without an image's magic bytes: the image reader says what is wrong.
  if (['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'].includes(ext)) return { kind: 'image' };
  if (ext === '.gif') return { kind: 'unsupported', reason: GIF_REASON };
  if (ext === '.heic' || declaredType === 'image/heic') return { kind: 'unsupported', reason: HEIC_REASON };
  if (/^image\//.test(declaredType ?? '')) return { kind: 'unsupported', reason: `${declaredType} images are not read; PNG, JPEG, TIFF and WebP are` };

  const byExtension = EXTENSIONS[ext];
  if (byExtension === 'pdf') return { kind: 'pdf' }; // no %PDF- header: the PDF reader explains
  if (byExtension === 'docx' || byExtension === 'zip') return { kind: byExtension };
  if (byExtension) return { kind: byExtension };

  // No telling extension: look at the text.
  const head = asciiHead(bytes);
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return { kind: 'html' };
  if (declaredType === 'text/html') return { kind: 'html' };
  if (declaredType === 'message/rfc822' || looksLikeEmail(head)) return { kind: 'eml' };
  if (declaredType === 'text/markdown' || /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head)) return { kind: 'markdown' };
  return { kind: 'text' };
}
