/**
 * MinHash over word 5-grams, for finding the same story syndicated by several outlets.
 * Each text becomes the set of its 5-word sequences (folded like search, so case,
 * accents and Arabic letter variants do not matter); 60 hash functions give a 60-value
 * signature whose values agree between two texts in proportion to their Jaccard
 * similarity. Locality-sensitive hashing cuts the signature into 20 bands of 3 values:
 * two texts sharing any band are candidates, which finds pairs ≥ 50% similar with ~93%
 * probability and ≥ 60% similar with ~99%; candidates are then compared exactly.
 */
import { forEachWord } from '../../../shared/domain/search-text.ts';

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 60;
export const BANDS = 20;
const ROWS = SIGNATURE_SIZE / BANDS;

/** FNV-1a over a string, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The hashed 5-word sequences of a text. */
export function shingles(text: string): Set<number> {
  const words: string[] = [];
  forEachWord(text, (word) => {
    words.push(word);
  });
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return set;
}

/**
 * The signature: for each of the 60 hash functions, the smallest hash over the shingles.
 * The functions are the shingle's (already well-mixed) hash xor a seed, through one
 * multiply-xorshift round: cheap, and independent enough for MinHash.
 */
export function signature(set: Set<number>): Uint32Array {
  const result = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of set) {
    const base = mix(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let value = Math.imul(base ^ SEEDS[i]!, 0x9e3779b1);
      value = (value ^ (value >>> 15)) >>> 0;
      if (value < result[i]!) result[i] = value;
    }
  }
  return result;
}

/** One bucket number per band (safe JavaScript integers, 52 bits). */
export function bandBuckets(sig: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let high = 0x12345;
    let low = 0x6789a;
    for (let r = 0; r < ROWS; r++) {
      const value = sig[band * ROWS + r]!;
      high = mix(high ^ value);
      low = mix(low + value + r);
    }
    buckets.push((high & 0xfffff) * 0x100000000 + low);
  }
  return buckets;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}
