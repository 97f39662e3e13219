/**
 * Word .docx via mammoth. A .docx is a zip: before mammoth (which inflates whatever the
 * archive says) sees it, zip-archive.ts checks the central directory against bomb limits
 * and inflates every part under a hard cap, so mammoth only ever reads parts proven small.
 * Title, author and dates come from docProps/core.xml.
 */
import mammoth from 'mammoth';
import { cleanText, fallbackTitle, guessLanguage, normaliseDate } from '../document-facts.ts';
import { IMPORT_LIMITS } from '../import-limits.ts';
import { ImportProblem, refuse } from '../import-problem.ts';
import type { Importer } from '../importer.ts';
import { ARCHIVE_LIMITS, readZipDirectory, readZipEntry } from '../zip-archive.ts';

function xmlValue(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!match) return null;
  const value = match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value || null;
}

export const importDocx: Importer = async (source) => {
  const what = 'Word file';
  const entries = readZipDirectory(source.bytes, { ...ARCHIVE_LIMITS, totalBytes: IMPORT_LIMITS.docxTotalBytes }, what);
  if (!entries.some((e) => e.name === 'word/document.xml')) refuse('it is not a Word document (word/document.xml is missing)');
  let core = '';
  for (const entry of entries) {
    if (entry.directory) continue;
    const data = readZipEntry(source.bytes, entry, what); // proves the real size, whatever the directory claims
    if (entry.name === 'docProps/core.xml') core = new TextDecoder().decode(data);
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(source.bytes) })).value;
  } catch (error) {
    throw new ImportProblem(`the Word file could not be read (${(error as Error).message.split('\n')[0]})`);
  }
  const text = cleanText(raw.replace(/\n{3,}/g, '\n\n'));
  if (text.length > IMPORT_LIMITS.textChars) refuse(`its text is longer than ${IMPORT_LIMITS.textChars.toLocaleString('en')} characters (the limit per document)`);
  const title = xmlValue(core, 'dc:title');
  return {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    title: title ?? fallbackTitle(text, source.fileName),
    text,
    author: xmlValue(core, 'dc:creator'),
    published: normaliseDate(xmlValue(core, 'dcterms:created')),
    language: xmlValue(core, 'dc:language')?.toLowerCase().split(/[-_]/)[0] ?? guessLanguage(text),
    metadata: Object.fromEntries(
      (['dc:title', 'dc:subject', 'dc:creator', 'cp:keywords', 'dc:description', 'dcterms:created', 'dcterms:modified', 'cp:lastModifiedBy'] as const)
        .map((tag) => [tag.split(':')[1]!, xmlValue(core, tag)] as const)
        .filter(([, v]) => v !== null),
    ),
  };
};
