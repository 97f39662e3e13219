/**
 * Reading .zip archives (and .docx, which are zips) safely. The central directory is read
 * first and checked BEFORE anything is inflated: entry count, total declared size,
 * compression ratio per large entry, and entries whose data overlap (the trick of
 * "non-recursive" zip bombs). Each entry is then inflated with a hard cap at its declared
 * size, so an archive that lies about its sizes cannot expand past the limits either.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS, formatSize } from './import-limits.ts';
import { refuse } from './import-problem.ts';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  crc: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  directory: boolean;
  encrypted: boolean;
}

export interface ZipLimits {
  entries: number;
  totalBytes: number;
  ratio: number;
  ratioFloorBytes: number;
}

export const ARCHIVE_LIMITS: ZipLimits = {
  entries: IMPORT_LIMITS.archiveEntries,
  totalBytes: IMPORT_LIMITS.archiveTotalBytes,
  ratio: IMPORT_LIMITS.archiveRatio,
  ratioFloorBytes: IMPORT_LIMITS.ratioFloorBytes,
};

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return refuse('the archive is damaged: its table of contents (central directory) is missing');
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Names are UTF-8 when flagged; older tools wrote CP437, of which ASCII is the useful part.
  return utf8 ? new TextDecoder().decode(bytes) : Buffer.from(bytes).toString('latin1');
}

/** Reads and checks the central directory. Inflates nothing. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = ARCHIVE_LIMITS, what = 'archive'): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) refuse(`the ${what} is damaged: it is too short to be a zip file`);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) refuse(`the ${what} is damaged: its zip64 locator is missing`);
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== ZIP64_EOCD) refuse(`the ${what} is damaged: its zip64 directory is missing`);
    count = Number(view.getBigUint64(zip64 + 32, true));
    directorySize = Number(view.getBigUint64(zip64 + 40, true));
    directoryOffset = Number(view.getBigUint64(zip64 + 48, true));
  }
  if (count > limits.entries) refuse(`the ${what} lists ${count.toLocaleString('en')} files; the limit is ${limits.entries.toLocaleString('en')}`);
  if (directoryOffset + directorySize > bytes.length) refuse(`the ${what} is truncated: its table of contents points past the end of the file`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) refuse(`the ${what} is damaged: entry ${i + 1} of its table of contents is unreadable`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let headerOffset = view.getUint32(at + 42, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    // zip64 extra field: the 64-bit values of whichever fields were 0xFFFFFFFF, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (headerOffset === 0xffffffff) headerOffset = Number(view.getBigUint64(field, true));
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;
    const directory = name.endsWith('/');
    entries.push({ name, compressedSize, size, method, crc, headerOffset, directory, encrypted: (flags & 1) !== 0 });
    total += size;
    if (total > limits.totalBytes) {
      refuse(`the ${what} would expand to more than ${formatSize(limits.totalBytes)} (a zip bomb?); nothing was extracted`);
    }
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.ratio) {
      refuse(`the ${what} entry "${name}" expands ${Math.round(size / Math.max(1, compressedSize))}:1 (a zip bomb?); nothing was extracted`);
    }
  }
  // Entries must not share compressed data: overlapping entries are how small files expand enormously.
  const sorted = entries.filter((e) => !e.directory).sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    if (sorted[i]!.headerOffset < previous.headerOffset + 30 + previous.compressedSize) {
      refuse(`the ${what} has overlapping entries (a zip bomb?); nothing was extracted`);
    }
  }
  return entries;
}

/** Inflates one entry, never beyond its declared size; checks its CRC. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, what = 'archive'): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) refuse(`the ${what} is damaged: "${entry.name}" cannot be found`);
  if (entry.encrypted) refuse(`the ${what} is password-protected ("${entry.name}" is encrypted)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) refuse(`the ${what} is truncated: "${entry.name}" runs past the end of the file`);
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      // The cap: inflating stops with an error as soon as the output would pass the declared size.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      refuse(tooLarge ? `the ${what} entry "${entry.name}" expands beyond its declared size (a zip bomb?)` : `the ${what} is damaged: "${entry.name}" cannot be decompressed`);
    }
  } else refuse(`the ${what} uses a compression method Sightline does not read (method ${entry.method} in "${entry.name}")`);
  if (out.length !== entry.size) refuse(`the ${what} is damaged: "${entry.name}" is not the size its table of contents says`);
  if (crc32(out) !== entry.crc) refuse(`the ${what} is damaged: "${entry.name}" fails its checksum`);
  return out;
}
