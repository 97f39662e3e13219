/** What an importer receives and returns. */
import type { DocumentFormat } from '../../../shared/contract/documents.ts';
import type { OcrRequest } from '../ocr/ocr-document.ts';

export interface ImportSource {
  /** How the analyst knows this item: a path, or "archive.zip › folder/file.txt". */
  readonly label: string;
  /** The bare file name (it helps to tell the format). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** A media type stated by the container (an e-mail attachment's Content-Type). */
  readonly declaredType?: string | null;
  /** How many archives or e-mails this item sits inside. */
  readonly depth: number;
}

/** An attachment to import as a child document of the one that carries it. */
export interface ChildSource {
  fileName: string;
  bytes: Uint8Array;
  declaredType: string | null;
}

export interface ParsedDocument {
  format: DocumentFormat;
  mediaType: string;
  title: string;
  text: string;
  /** Offsets where pages start, for paged formats (PDF). */
  pages?: number[];
  sourceName?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  metadata: Record<string, unknown>;
  children?: ChildSource[];
}

export interface ParseContext {
  readonly signal: AbortSignal;
  /** For scans and images: the language set to OCR with and where to report each page read. */
  readonly ocr?: Omit<OcrRequest, 'signal'> | undefined;
}

export type Importer = (source: ImportSource, context: ParseContext) => Promise<ParsedDocument>;
