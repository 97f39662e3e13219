/**
 * Markdown: YAML front matter becomes metadata (title, source/outlet/publisher, author,
 * date/published, url, lang) and is left out of the text; the body is kept as written
 * (Markdown is meant to read as plain text, and offsets stay those of the file's body).
 */
import { parse as parseYaml } from 'yaml';
import { cleanText, fallbackTitle, guessLanguage, normaliseDate } from '../document-facts.ts';
import { decodeText } from '../decode-text.ts';
import type { Importer } from '../importer.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function pick(meta: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value) && typeof value[0] === 'string') return value.map(String).join(', ');
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  }
  return null;
}

export const importMarkdown: Importer = async (source) => {
  const { text: decoded, encoding } = decodeText(source.bytes);
  let body = decoded.replace(/^\uFEFF/, '');
  let meta: Record<string, unknown> = {};
  const match = FRONT_MATTER.exec(body);
  let frontMatterError: string | null = null;
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]!, { maxAliasCount: 100 });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      body = body.slice(match[0].length);
    } catch (error) {
      // Broken front matter stays in the text, where the analyst can see it.
      frontMatterError = (error as Error).message.split('\n')[0]!;
    }
  }
  const text = cleanText(body);
  const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  const dateValue = meta['date'] ?? meta['published'] ?? meta['publication_date'] ?? meta['pubDate'];
  return {
    format: 'markdown',
    mediaType: 'text/markdown',
    title: pick(meta, 'title') ?? heading ?? fallbackTitle(text, source.fileName),
    text,
    sourceName: pick(meta, 'source', 'outlet', 'publisher', 'site', 'site_name'),
    author: pick(meta, 'author', 'authors', 'byline'),
    published: dateValue instanceof Date ? dateValue.toISOString().slice(0, 10) : normaliseDate(dateValue),
    url: pick(meta, 'url', 'link', 'canonical'),
    language: pick(meta, 'lang', 'language') ?? guessLanguage(text),
    metadata: JSON.parse(
      JSON.stringify({ encoding, ...(Object.keys(meta).length > 0 ? { frontMatter: meta } : {}), ...(frontMatterError ? { frontMatterError } : {}) }),
    ) as Record<string, unknown>,
  };
};
