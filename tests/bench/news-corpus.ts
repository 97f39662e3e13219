/**
 * A deterministic corpus of news-like articles (~3 KB each) for the import benchmark:
 * Zipf-distributed vocabulary (so there are common, middling and rare words, as in real
 * text), conflict-reporting sentences with figures and places, a unique token per article
 * (for rare-word queries), and a few syndicated copies (near-duplicates). The same seed
 * always gives the same corpus.
 */
import { buildDocx, buildEmail } from '../helpers/archive-builder.ts';
import { buildPdf } from '../helpers/pdf-builder.ts';

export type CorpusFormat = 'text' | 'html' | 'markdown' | 'eml' | 'docx' | 'pdf';

export interface Article {
  index: number;
  title: string;
  outlet: string;
  published: string;
  paragraphs: string[];
  /** A word that occurs in this article only. */
  rareWord: string;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ri', 'mo', 'ten', 'sa', 'lu', 'vor', 'den', 'pa', 'shi', 'na', 'tor', 'ble', 'gan', 'mi', 'ro', 'ves', 'ta', 'qua', 'lin', 'dor', 'fe', 'zu', 'har'];
const REAL = ['the', 'said', 'of', 'and', 'to', 'in', 'forces', 'reported', 'according', 'sources', 'military', 'region', 'on', 'were', 'with', 'for', 'that', 'local', 'government', 'border'];
const PLACES = ['Idlib', 'Saraqib', 'Ariha', 'Taftanaz', 'Maarat al-Numan', 'Jisr al-Shughur', 'Atarib', 'Sarmin', 'Binnish', 'Kafr Losin', 'Aleppo', 'Hama'];
const OUTLETS = ['Middle East Monitor', 'Syrian Observatory for Human Rights', 'Anadolu Agency', 'Reuters', 'Enab Baladi', 'Al-Monitor', 'SANA', 'Daily Sabah', 'Asharq Al-Awsat', 'The New Arab'];
const UNITS = ['armoured vehicles', 'military columns', 'convoys', 'tanks', 'soldiers', 'trucks', 'civilians', 'displaced people'];

/** 5,000 words: 20 real function words first, then made-up words, ranked for a Zipf draw. */
export const VOCABULARY: string[] = (() => {
  const words = [...REAL];
  const rng = random(7);
  const seen = new Set(words);
  while (words.length < 5000) {
    const length = 2 + Math.floor(rng() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
})();

const HARMONIC = VOCABULARY.reduce((sum, _, r) => sum + 1 / (r + 1), 0);
const CUMULATIVE = (() => {
  const table = new Float64Array(VOCABULARY.length);
  let sum = 0;
  VOCABULARY.forEach((_, r) => {
    sum += 1 / (r + 1) / HARMONIC;
    table[r] = sum;
  });
  return table;
})();

function zipfWord(rng: () => number): string {
  const x = rng();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (CUMULATIVE[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function sentence(rng: () => number): string {
  if (rng() < 0.35) {
    const n = 2 + Math.floor(rng() * 900);
    return `${pick(rng, OUTLETS)} said that more than ${n.toLocaleString('en')} ${pick(rng, UNITS)} had entered ${pick(rng, PLACES)} on ${pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
  }
  const words = Array.from({ length: 10 + Math.floor(rng() * 12) }, () => zipfWord(rng));
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

export function rareWordOf(index: number): string {
  return `zx${index.toString(36)}q`;
}

export function article(index: number): Article {
  const rng = random(1000 + index);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 2900) {
    const paragraph = Array.from({ length: 3 + Math.floor(rng() * 3) }, () => sentence(rng)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const rareWord = rareWordOf(index);
  paragraphs[paragraphs.length - 1] += ` Reference ${rareWord}.`;
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  return {
    index,
    title: `${pick(rng, UNITS).replace(/^./, (c) => c.toUpperCase())} reported near ${pick(rng, PLACES)} (${index})`,
    outlet: OUTLETS[index % OUTLETS.length]!,
    published: `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    paragraphs,
    rareWord,
  };
}

/** Every 50th article is a syndicated copy of the one before it, under another outlet's name. */
export function corpusArticle(index: number): Article {
  if (index % 50 === 49) {
    const original = article(index - 1);
    return { ...original, index, outlet: OUTLETS[(index + 3) % OUTLETS.length]!, paragraphs: [`Republished from ${original.outlet}.`, ...original.paragraphs.slice(0, -1)], rareWord: rareWordOf(index) };
  }
  return article(index);
}

const FORMAT_CYCLE: CorpusFormat[] = ['text', 'html', 'text', 'html', 'markdown', 'text', 'html', 'eml', 'text', 'html', 'text', 'html', 'markdown', 'text', 'html', 'eml', 'docx', 'pdf', 'text', 'html'];

export function formatOf(index: number): CorpusFormat {
  return FORMAT_CYCLE[index % FORMAT_CYCLE.length]!;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function wrap(text: string, width = 95): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The file for an article in a format: its name and bytes. */
export function render(a: Article, format: CorpusFormat): { name: string; data: Uint8Array | string } {
  const base = `article-${String(a.index).padStart(6, '0')}`;
  const body = a.paragraphs.join('\n\n');
  switch (format) {
    case 'text':
      return { name: `${base}.txt`, data: `${a.title}\n\n${body}\n` };
    case 'markdown':
      return { name: `${base}.md`, data: `---\ntitle: "${a.title}"\nsource: ${a.outlet}\ndate: ${a.published}\n---\n\n${body}\n` };
    case 'html':
      return {
        name: `${base}.html`,
        data:
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | ${escapeHtml(a.outlet)}</title>` +
          `<meta property="og:site_name" content="${escapeHtml(a.outlet)}"><meta property="article:published_time" content="${a.published}T08:00:00Z">` +
          `<script>var tracking = 1;</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/syria">Syria</a></nav>` +
          `<article><h1>${escapeHtml(a.title)}</h1>${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>` +
          `<footer>© ${escapeHtml(a.outlet)}. All rights reserved.</footer></body></html>`,
      };
    case 'eml':
      return { name: `${base}.eml`, data: buildEmail({ from: `Desk <desk@${a.index}.example.org>`, to: 'analyst@example.org', subject: a.title, date: `${a.published}T08:00:00Z`, text: body }) };
    case 'docx':
      return { name: `${base}.docx`, data: buildDocx([a.title, ...a.paragraphs], { title: a.title, creator: a.outlet }) };
    case 'pdf': {
      const lines = a.paragraphs.flatMap((p) => [...wrap(p), '']);
      const pages: string[][] = [];
      for (let i = 0; i < lines.length; i += 45) pages.push(lines.slice(i, i + 45));
      return { name: `${base}.pdf`, data: buildPdf({ pages, title: a.title, author: a.outlet }) };
    }
  }
}
