/**
 * The .sightline export file: a small clear header, then the body — the manifest (JSON)
 * followed by the SQLite snapshot — either plain or encrypted with AES-256-GCM under a key
 * derived from the password with scrypt. The header is authenticated too (GCM additional
 * data), and carries a check value derived with the key, so a wrong password is told apart
 * from a damaged file before anything is decrypted. Written and read as streams: an export
 * of gigabytes never sits in memory.
 *
 *   "SGLTSHR\x01" | u32 LE header length | header JSON | body (or ciphertext) | [16-byte GCM tag]
 *   body = u32 LE manifest length | manifest JSON | snapshot bytes
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { ApiError } from '../../../shared/contract/errors.ts';

const MAGIC = Buffer.from('SGLTSHR\x01', 'latin1');
const TAG_BYTES = 16;
const MAX_HEADER = 64 * 1024;
const MAX_MANIFEST = 512 * 1024 * 1024;
const CHUNK = 1024 * 1024;

const SCRYPT = { N: 1 << 16, r: 8, p: 1 } as const;

const Header = z.discriminatedUnion('encrypted', [
  z.object({ format: z.literal(1), encrypted: z.literal(false) }),
  z.object({
    format: z.literal(1),
    encrypted: z.literal(true),
    cipher: z.literal('aes-256-gcm'),
    kdf: z.object({
      name: z.literal('scrypt'),
      N: z.number().int().min(1024).max(1 << 20),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: z.string().max(64),
    }),
    iv: z.string().max(64),
    check: z.string().max(128),
  }),
]);
type Header = z.infer<typeof Header>;

function deriveKeys(password: string, kdf: { N: number; r: number; p: number; salt: string }): { key: Buffer; check: Buffer } {
  const out = scryptSync(password.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 64, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 1024 * 1024,
  });
  return { key: out.subarray(0, 32), check: out.subarray(32) };
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

export function badExport(path: string, why: string): ApiError {
  return new ApiError('invalid_input', `${path} is not a usable Sightline export: ${why}.`);
}

/**
 * Writes the container to `outPath` (an open fd the caller renames into place) from the
 * manifest and the snapshot file. Returns the bytes written.
 */
export function writeContainer(fd: number, manifest: unknown, snapshotPath: string, password?: string): number {
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  let header: Header;
  let cipher: CipherGCM | null = null;
  if (password !== undefined) {
    const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(16).toString('base64') };
    const { key, check } = deriveKeys(password, kdf);
    const iv = randomBytes(12);
    header = { format: 1, encrypted: true, cipher: 'aes-256-gcm', kdf, iv: iv.toString('base64'), check: check.toString('base64') };
    cipher = createCipheriv('aes-256-gcm', key, iv);
  } else {
    header = { format: 1, encrypted: false };
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  let written = 0;
  const raw = (bytes: Buffer): void => {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    written += bytes.length;
  };
  const body = (bytes: Buffer): void => raw(cipher ? cipher.update(bytes) : bytes);
  raw(MAGIC);
  raw(u32(headerBytes.length));
  raw(headerBytes);
  cipher?.setAAD(Buffer.concat([MAGIC, u32(headerBytes.length), headerBytes]));
  body(u32(manifestBytes.length));
  body(manifestBytes);
  const snap = openSync(snapshotPath, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK);
    for (;;) {
      const read = readSync(snap, chunk, 0, CHUNK, null);
      if (read === 0) break;
      body(chunk.subarray(0, read));
    }
  } finally {
    closeSync(snap);
  }
  if (cipher) {
    raw(cipher.final());
    raw(cipher.getAuthTag());
  }
  fsyncSync(fd);
  return written;
}

interface OpenedHeader {
  header: Header;
  headerEnd: number;
  aad: Buffer;
  size: number;
}

function readHeader(fd: number, path: string): OpenedHeader {
  const size = fstatSync(fd).size;
  const start = Buffer.alloc(MAGIC.length + 4);
  if (size < start.length || readSync(fd, start, 0, start.length, 0) !== start.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw badExport(path, 'it does not start like a .sightline export');
  }
  const headerLength = start.readUInt32LE(MAGIC.length);
  if (headerLength > MAX_HEADER || start.length + headerLength > size) throw badExport(path, 'its header is damaged');
  const headerBytes = Buffer.alloc(headerLength);
  readSync(fd, headerBytes, 0, headerLength, start.length);
  let header: Header;
  try {
    header = Header.parse(JSON.parse(headerBytes.toString('utf8')));
  } catch {
    throw badExport(path, 'its header is damaged or from a newer Sightline');
  }
  return { header, headerEnd: start.length + headerLength, aad: Buffer.concat([start, headerBytes]), size };
}

/** Whether the file at `path` is an encrypted export (throws when it is no export at all). */
export function isEncryptedExport(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    return readHeader(fd, path).header.encrypted;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the container: returns the manifest JSON (unparsed) and writes the snapshot bytes to
 * `snapshotPath`. An encrypted body is authenticated before this returns: on a damaged or
 * altered file it throws, and the caller throws the partial snapshot away.
 */
export async function readContainer(path: string, snapshotPath: string, password?: string): Promise<{ manifest: unknown; encrypted: boolean }> {
  const fd = openSync(path, 'r');
  let opened: OpenedHeader;
  let decipher: DecipherGCM | null = null;
  let end: number;
  try {
    opened = readHeader(fd, path);
    end = opened.size;
    const { header } = opened;
    if (header.encrypted) {
      if (password === undefined) throw new ApiError('invalid_input', `${path} is protected by a password; give the password to open it.`);
      const { key, check } = deriveKeys(password, header.kdf);
      const expected = Buffer.from(header.check, 'base64');
      if (expected.length !== check.length || !timingSafeEqual(expected, check)) {
        throw new ApiError('invalid_input', `Wrong password for ${path}.`);
      }
      if (end - opened.headerEnd < TAG_BYTES) throw badExport(path, 'it is cut short');
      const tag = Buffer.alloc(TAG_BYTES);
      readSync(fd, tag, 0, TAG_BYTES, end - TAG_BYTES);
      end -= TAG_BYTES;
      decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
      decipher.setAAD(opened.aad);
      decipher.setAuthTag(tag);
    }
  } finally {
    closeSync(fd);
  }

  const out = openSync(snapshotPath, 'w');
  let pending: Buffer = Buffer.alloc(0);
  let manifestLength: number | null = null;
  let manifest: Buffer | null = null;
  const take = (plain: Buffer): void => {
    if (manifest) {
      writeAll(out, plain);
      return;
    }
    pending = pending.length === 0 ? plain : Buffer.concat([pending, plain]);
    if (manifestLength === null && pending.length >= 4) {
      manifestLength = pending.readUInt32LE(0);
      if (manifestLength > MAX_MANIFEST) throw badExport(path, 'its manifest is too large');
    }
    if (manifestLength !== null && pending.length >= 4 + manifestLength) {
      manifest = pending.subarray(4, 4 + manifestLength);
      writeAll(out, pending.subarray(4 + manifestLength));
      pending = Buffer.alloc(0);
    }
  };
  try {
    if (end > opened.headerEnd) {
      const stream = createReadStream(path, { start: opened.headerEnd, end: end - 1, highWaterMark: CHUNK });
      for await (const chunk of stream as AsyncIterable<Buffer>) take(decipher ? decipher.update(chunk) : chunk);
    }
    if (decipher) {
      try {
        take(decipher.final());
      } catch {
        throw badExport(path, 'it was damaged or altered after it was exported (authentication failed)');
      }
    }
    fsyncSync(out);
  } finally {
    closeSync(out);
  }
  if (!manifest) throw badExport(path, 'it is cut short');
  let parsed: unknown;
  try {
    parsed = JSON.parse((manifest as Buffer).toString('utf8'));
  } catch {
    throw badExport(path, 'its manifest is not JSON');
  }
  return { manifest: parsed, encrypted: opened.header.encrypted };
}

function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}
