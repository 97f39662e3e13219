/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * one file holding every vector tile of a tileset, which the renderer reads with the
 * `pmtiles` library. The `pmtiles` npm package only reads archives, so the writing side —
 * header, directories, leaf directories, de-duplicated tile data — is written here, and a
 * unit test reads what it writes back through that library.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB (readers fetch that much first). */
const ROOT_BUDGET = 16_384 - HEADER_BYTES;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile, already gzip-compressed. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function serializeDirectory(entries: Entry[]): Buffer {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    if (previous && e.offset === previous.offset + previous.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return gzipSync(Buffer.from(out), { level: 9 });
}

/** The root directory, and leaf directories when the root alone would not fit its budget. */
function buildDirectories(entries: Entry[]): { root: Buffer; leaves: Buffer } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_BUDGET) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Buffer[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootWithLeaves = serializeDirectory(rootEntries);
    if (rootWithLeaves.length <= ROOT_BUDGET) return { root: rootWithLeaves, leaves: Buffer.concat(leafParts) };
  }
}

function writeUint64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value % 2 ** 32, true);
  view.setUint32(offset + 4, Math.floor(value / 2 ** 32), true);
}

/** Builds the archive in memory. Identical tiles (open sea, inland squares) are stored once. */
export function writePmtiles(tiles: ArchiveTile[], options: ArchiveOptions): Buffer {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const contents: Buffer[] = [];
  const byHash = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let stored = byHash.get(hash);
    if (!stored) {
      stored = { offset: dataLength, length: tile.data.length };
      byHash.set(hash, stored);
      contents.push(Buffer.from(tile.data));
      dataLength += tile.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === tile.tileId) last.runLength++;
    else entries.push({ tileId: tile.tileId, offset: stored.offset, length: stored.length, runLength: 1 });
  }
  const { root, leaves } = buildDirectories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)), { level: 9 });

  const header = Buffer.alloc(HEADER_BYTES);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  header.write('PMTiles', 0, 'latin1');
  header.writeUInt8(3, 7);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  writeUint64(view, 8, rootOffset);
  writeUint64(view, 16, root.length);
  writeUint64(view, 24, metadataOffset);
  writeUint64(view, 32, metadata.length);
  writeUint64(view, 40, leavesOffset);
  writeUint64(view, 48, leaves.length);
  writeUint64(view, 56, dataOffset);
  writeUint64(view, 64, dataLength);
  writeUint64(view, 72, sorted.length);
  writeUint64(view, 80, entries.length);
  writeUint64(view, 88, contents.length);
  header.writeUInt8(1, 96); // clustered: tile data is in tile-id order
  header.writeUInt8(COMPRESSION_GZIP, 97);
  header.writeUInt8(COMPRESSION_GZIP, 98);
  header.writeUInt8(TILE_TYPE_MVT, 99);
  header.writeUInt8(options.minZoom, 100);
  header.writeUInt8(options.maxZoom, 101);
  const e7 = (deg: number): number => Math.round(deg * 1e7);
  view.setInt32(102, e7(options.bounds[0]), true);
  view.setInt32(106, e7(options.bounds[1]), true);
  view.setInt32(110, e7(options.bounds[2]), true);
  view.setInt32(114, e7(options.bounds[3]), true);
  header.writeUInt8(options.center[2], 118);
  view.setInt32(119, e7(options.center[0]), true);
  view.setInt32(123, e7(options.center[1]), true);
  return Buffer.concat([header, root, metadata, leaves, ...contents]);
}
