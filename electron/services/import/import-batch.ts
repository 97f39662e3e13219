/**
 * An import: files, folders, archives and e-mails in, documents out, with a report of
 * what happened to each. Every document (an e-mail together with its attachments) is
 * parsed first, outside any transaction, then written in ONE synchronous transaction with
 * its search entry and its analysis — so a cancel or a crash leaves each document wholly
 * in or wholly out. A file that cannot be imported is reported with a one-line reason and
 * the batch goes on. The same bytes imported twice are reported as a duplicate, not added.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFailure, ImportOverrides, ImportReport, ImportedItem, NearDuplicateReport } from '../../../shared/contract/documents.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { findByBytes, sha256, storeDocument } from '../documents/store-document.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { JobControl } from '../jobs.ts';
import { analyseImportedDocument } from './analyse-document.ts';
import { collectFiles } from './collect-files.ts';
import { IMPORT_LIMITS, formatSize } from './import-limits.ts';
import { reasonOf, refuse } from './import-problem.ts';
import type { ImportSource, ParseContext, ParsedDocument } from './importer.ts';
import { caseOcrLanguages } from '../ocr/ocr-settings.ts';
import { IMPORTERS } from './importer-registry.ts';
import { sniff, type SniffedKind } from './sniff.ts';
import { ARCHIVE_LIMITS, readZipDirectory, readZipEntry } from './zip-archive.ts';

export type ImportTarget =
  | { kind: 'path'; path: string }
  | { kind: 'content'; name: string; bytes: Uint8Array; overrides?: ImportOverrides | undefined };

export interface ImportContext {
  db: WritableDb;
  actor: string;
  job: JobControl;
  /** Called after each committed document (the caller tells open views, throttled). */
  onCommitted?: () => void;
  /** Where claim extraction looks places up (the environment's resources; defaults to the checkout's). */
  gazetteer?: Gazetteer;
}

interface ParsedTree {
  source: ImportSource;
  bytesSha256: string;
  parsed: ParsedDocument;
  children: ParsedTree[];
}

interface Budget {
  /** Bytes archives of this item may still expand to. */
  remaining: number;
}

type ArchiveItem = { source: ImportSource } | { failure: ImportFailure };

const SEPARATOR = ' › ';

function hiddenEntry(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

class ImportRun {
  private readonly items: ImportedItem[] = [];
  private readonly failed: ImportFailure[] = [];
  private readonly nearDuplicates: NearDuplicateReport[] = [];
  private cancelled = false;
  private bytes = 0;
  private readonly ocrDefault: string | null;
  /** Bytes done before the current file, and its size: OCR pages move the bar within it. */
  private progressBase: { bytesDone: number; size: number } | null = null;
  private readonly started = performance.now();

  constructor(private readonly ctx: ImportContext) {
    this.ocrDefault = caseOcrLanguages(ctx.db);
  }

  private get signal(): AbortSignal {
    return this.ctx.job.signal;
  }

  async run(targets: ImportTarget[]): Promise<ImportReport> {
    const paths = targets.filter((t): t is Extract<ImportTarget, { kind: 'path' }> => t.kind === 'path').map((t) => t.path);
    this.ctx.job.update({ message: paths.length > 0 ? 'Looking for files…' : null });
    const collected = paths.length > 0 ? await collectFiles(paths, this.signal) : { files: [], failed: [] };
    this.failed.push(...collected.failed);
    const work: { label: string; size: number; load: () => Promise<Uint8Array>; overrides?: ImportOverrides | undefined }[] = [
      ...collected.files.map((f) => ({ label: f.path, size: f.size, load: () => readDocumentFile(f.path, f.size) })),
      ...targets
        .filter((t): t is Extract<ImportTarget, { kind: 'content' }> => t.kind === 'content')
        .map((t) => ({ label: t.name, size: t.bytes.length, load: async () => t.bytes, overrides: t.overrides })),
    ];
    const bytesTotal = work.reduce((sum, w) => sum + w.size, 0);
    let done = 0;
    let bytesDone = 0;
    this.ctx.job.update({ total: work.length, bytesTotal, done, bytesDone, message: null });
    for (const item of work) {
      if (this.signal.aborted) {
        this.cancelled = true;
        break;
      }
      this.ctx.job.update({ current: item.label });
      this.progressBase = { bytesDone, size: item.size };
      try {
        if (item.size > IMPORT_LIMITS.fileBytes) {
          refuse(`it is ${formatSize(item.size)}; Sightline imports files up to ${formatSize(IMPORT_LIMITS.fileBytes)} (split it into smaller files)`);
        }
        const bytes = await item.load();
        const budget: Budget = { remaining: IMPORT_LIMITS.archiveTotalBytes };
        await this.importSource({ label: item.label, fileName: basename(item.label), bytes, depth: 0 }, item.overrides, budget);
        this.bytes += bytes.length;
      } catch (error) {
        if (this.signal.aborted) {
          this.cancelled = true;
          break;
        }
        this.failed.push({ file: item.label, error: reasonOf(error) });
      }
      done++;
      bytesDone += item.size;
      this.ctx.job.update({ done, bytesDone });
    }
    const imported = this.items.filter((i) => i.status === 'imported').length;
    return {
      imported,
      duplicates: this.items.length - imported,
      nearDuplicates: this.nearDuplicates,
      failed: this.failed,
      items: this.items,
      cancelled: this.cancelled || this.signal.aborted,
      bytes: this.bytes,
      elapsedMs: Math.round(performance.now() - this.started),
    };
  }

  /** One file (or archive entry): an archive's entries are imported one by one; anything else is one document. */
  private async importSource(source: ImportSource, overrides: ImportOverrides | undefined, budget: Budget): Promise<void> {
    const kind = this.kindOf(source);
    if (kind === 'zip') {
      for await (const entry of this.expandArchive(source, budget)) {
        if (this.signal.aborted) return;
        if ('failure' in entry) {
          this.failed.push(entry.failure);
          continue;
        }
        this.ctx.job.update({ current: entry.source.label });
        try {
          await this.importSource(entry.source, undefined, budget);
        } catch (error) {
          if (this.signal.aborted) return;
          this.failed.push({ file: entry.source.label, error: reasonOf(error) });
        }
      }
      return;
    }
    const bytesSha256 = sha256(source.bytes);
    const existing = findByBytes(this.ctx.db, bytesSha256);
    if (existing) {
      this.items.push({ file: source.label, documentId: existing.id, title: existing.title, status: 'duplicate', parentId: null });
      return;
    }
    const tree = await this.parseTree(source, kind, bytesSha256, budget);
    if (overrides) applyOverrides(tree.parsed, overrides);
    if (this.signal.aborted) return;
    this.ctx.db.transaction(() => this.storeTree(tree, null))();
    this.ctx.onCommitted?.();
  }

  /** OCR of scans: the case's language set, and each page read moves the progress bar. */
  private ocrFor(source: ImportSource): ParseContext['ocr'] {
    const base = this.progressBase;
    return {
      caseDefault: this.ocrDefault,
      onPage: (done, total) => {
        this.ctx.job.update({
          current: `${source.label} · OCR page ${done} of ${total}`,
          ...(base ? { bytesDone: base.bytesDone + Math.round((base.size * done) / total) } : {}),
        });
      },
    };
  }

  private kindOf(source: ImportSource): SniffedKind {
    if (source.bytes.length === 0) refuse('the file is empty (0 bytes)');
    if (source.depth > IMPORT_LIMITS.depth) refuse(`it is nested more than ${IMPORT_LIMITS.depth} archives or e-mails deep`);
    const sniffed = sniff(source.bytes, source.fileName, source.declaredType);
    if (sniffed.kind === 'unsupported') refuse(sniffed.reason);
    return sniffed.kind;
  }

  private async *expandArchive(source: ImportSource, budget: Budget): AsyncGenerator<ArchiveItem> {
    // The whole directory is checked before anything is inflated: a bomb is refused whole.
    const entries = readZipDirectory(source.bytes, { ...ARCHIVE_LIMITS, totalBytes: Math.min(ARCHIVE_LIMITS.totalBytes, budget.remaining) });
    const files = entries.filter((e) => !e.directory && !hiddenEntry(e.name));
    if (files.length === 0) refuse('the archive contains no files');
    for (const entry of files) {
      const label = source.label + SEPARATOR + entry.name;
      budget.remaining -= entry.size;
      try {
        yield { source: { label, fileName: basename(entry.name), bytes: readZipEntry(source.bytes, entry), depth: source.depth + 1 } };
      } catch (error) {
        yield { failure: { file: label, error: reasonOf(error) } };
      }
    }
  }

  /** Parses a document and, recursively, the attachments it carries. Writes nothing. */
  private async parseTree(source: ImportSource, kind: Exclude<SniffedKind, 'zip'>, bytesSha256: string, budget: Budget): Promise<ParsedTree> {
    const parsed = await IMPORTERS[kind](source, { signal: this.signal, ocr: this.ocrFor(source) });
    if (parsed.text.length > IMPORT_LIMITS.textChars) {
      refuse(`its text is ${parsed.text.length.toLocaleString('en')} characters long; the limit is ${IMPORT_LIMITS.textChars.toLocaleString('en')} per document`);
    }
    if (parsed.text.trim() === '' && (parsed.children ?? []).length === 0) refuse('no readable text was found in it');
    const children: ParsedTree[] = [];
    for (const child of parsed.children ?? []) {
      const childSource: ImportSource = {
        label: source.label + SEPARATOR + child.fileName,
        fileName: child.fileName,
        bytes: child.bytes,
        declaredType: child.declaredType,
        depth: source.depth + 1,
      };
      await this.parseChild(childSource, children, budget);
    }
    return { source, bytesSha256, parsed, children };
  }

  private async parseChild(source: ImportSource, into: ParsedTree[], budget: Budget): Promise<void> {
    try {
      const kind = this.kindOf(source);
      if (kind === 'zip') {
        for await (const entry of this.expandArchive(source, budget)) {
          if ('failure' in entry) this.failed.push(entry.failure);
          else await this.parseChild(entry.source, into, budget);
        }
        return;
      }
      const bytesSha256 = sha256(source.bytes);
      const existing = findByBytes(this.ctx.db, bytesSha256);
      if (existing) {
        this.items.push({ file: source.label, documentId: existing.id, title: existing.title, status: 'duplicate', parentId: null });
        return;
      }
      into.push(await this.parseTree(source, kind, bytesSha256, budget));
    } catch (error) {
      if (this.signal.aborted) throw error;
      this.failed.push({ file: source.label, error: reasonOf(error) });
    }
  }

  /** Writes a parsed document and its attachments; runs inside the caller's transaction. */
  private storeTree(tree: ParsedTree, parentId: string | null): void {
    const { parsed, source } = tree;
    const { id } = storeDocument(
      this.ctx.db,
      {
        bytes: source.bytes,
        mediaType: parsed.mediaType,
        format: parsed.format,
        fileName: source.fileName,
        title: parsed.title,
        text: parsed.text,
        ...(parsed.pages ? { pages: parsed.pages } : {}),
        sourceName: parsed.sourceName ?? null,
        author: parsed.author ?? null,
        published: parsed.published ?? null,
        url: parsed.url ?? null,
        language: parsed.language ?? null,
        metadata: { ...parsed.metadata, importedFrom: source.label },
        parentId,
      },
      this.ctx.actor,
    );
    this.items.push({ file: source.label, documentId: id, title: parsed.title, status: 'imported', parentId });
    const analysis = analyseImportedDocument(this.ctx.db, id, parsed.text, this.ctx.actor, this.ctx.gazetteer);
    const best = analysis.nearDuplicates[0];
    if (best) {
      const other = statement(
        this.ctx.db,
        'SELECT d.title, s.name AS sourceName FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?',
      ).get(best.documentId) as { title: string; sourceName: string | null };
      this.nearDuplicates.push({
        file: source.label,
        documentId: id,
        title: parsed.title,
        similarTo: { documentId: best.documentId, title: other.title, sourceName: other.sourceName },
        similarity: best.similarity,
      });
    }
    for (const child of tree.children) this.storeTree(child, id);
  }
}

/**
 * Small files are read synchronously: the engine runs in its own thread (or the CLI), and a
 * round trip through libuv's thread pool per file cost more than the read itself (it made
 * imports of many small files wait mostly on the pool on a busy machine).
 */
const SYNC_READ_BYTES = 4 * 1024 * 1024;

async function readDocumentFile(path: string, size: number): Promise<Uint8Array> {
  return size <= SYNC_READ_BYTES ? readFileSync(path) : readFile(path);
}

function applyOverrides(parsed: ParsedDocument, overrides: ImportOverrides): void {
  if (overrides.title) parsed.title = overrides.title;
  if (overrides.sourceName) parsed.sourceName = overrides.sourceName;
  if (overrides.published) parsed.published = overrides.published;
  if (overrides.url) parsed.url = overrides.url;
  if (overrides.author) parsed.author = overrides.author;
}

export function importBatch(ctx: ImportContext, targets: ImportTarget[]): Promise<ImportReport> {
  return new ImportRun(ctx).run(targets);
}
