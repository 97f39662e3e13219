/** The importer of each document format (archives are expanded by the batch, not imported). */
import { importDocx } from './formats/docx.ts';
import { importEml } from './formats/eml.ts';
import { importHtml } from './formats/html.ts';
import { importImage } from './formats/image.ts';
import { importMarkdown } from './formats/markdown.ts';
import { importPdf } from './formats/pdf.ts';
import { importText } from './formats/text.ts';
import type { Importer } from './importer.ts';
import type { SniffedKind } from './sniff.ts';

export const IMPORTERS: Record<Exclude<SniffedKind, 'zip'>, Importer> = {
  text: importText,
  markdown: importMarkdown,
  html: importHtml,
  pdf: importPdf,
  docx: importDocx,
  eml: importEml,
  image: importImage,
};
