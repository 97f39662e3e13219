/** Plain text in any common encoding (detected). */
import { cleanText, fallbackTitle, guessLanguage } from '../document-facts.ts';
import { decodeText } from '../decode-text.ts';
import type { Importer } from '../importer.ts';

export const importText: Importer = async (source) => {
  const { text: decoded, encoding } = decodeText(source.bytes);
  const text = cleanText(decoded);
  return {
    format: 'text',
    mediaType: 'text/plain',
    title: fallbackTitle(text, source.fileName),
    text,
    language: guessLanguage(text),
    metadata: { encoding },
  };
};
