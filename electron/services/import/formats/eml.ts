/**
 * E-mail (.eml) via postal-mime: headers become metadata (subject → title, sender →
 * author, date → published), the body becomes the text (the plain part, or the HTML part
 * read like an HTML page), and attachments are handed back to be imported as child
 * documents. Inline images of the message body are not attachments an analyst files.
 */
import PostalMime from 'postal-mime';
import { cleanText, fallbackTitle, guessLanguage, normaliseDate } from '../document-facts.ts';
import { ImportProblem } from '../import-problem.ts';
import type { ChildSource, Importer } from '../importer.ts';
import { parseHtmlString } from './html.ts';

interface Address {
  name?: string;
  address?: string;
  group?: Address[];
}

function formatAddress(address: Address | undefined): string | null {
  if (!address) return null;
  if (address.group) return address.group.map(formatAddress).filter(Boolean).join(', ');
  if (address.name && address.address) return `${address.name} <${address.address}>`;
  return address.name || address.address || null;
}

export const importEml: Importer = async (source) => {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(Buffer.from(source.bytes), { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new ImportProblem(`the e-mail could not be read (${(error as Error).message.split('\n')[0]})`);
  }
  let text = cleanText(email.text ?? '');
  if (!text && email.html) text = parseHtmlString(email.html, source.fileName).text;
  const children: ChildSource[] = [];
  for (const attachment of email.attachments ?? []) {
    const inlineImage = attachment.disposition === 'inline' && /^image\//.test(attachment.mimeType) && attachment.contentId;
    if (inlineImage) continue;
    const content = attachment.content;
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
    children.push({ fileName: attachment.filename || `attachment.${attachment.mimeType.split('/')[1] ?? 'bin'}`, bytes, declaredType: attachment.mimeType });
  }
  const from = formatAddress(email.from as Address | undefined);
  const subject = email.subject?.trim();
  const date = normaliseDate(email.date ?? null);
  if (!text && !subject && children.length === 0 && !from) {
    throw new ImportProblem('it is not an e-mail message: no headers, body or attachments were found');
  }
  return {
    format: 'eml',
    mediaType: 'message/rfc822',
    title: subject || fallbackTitle(text, source.fileName),
    text,
    author: from,
    published: date,
    language: guessLanguage(text),
    metadata: {
      from,
      to: ((email.to ?? []) as Address[]).map(formatAddress).filter(Boolean),
      cc: ((email.cc ?? []) as Address[]).map(formatAddress).filter(Boolean),
      subject: subject ?? null,
      date: email.date ?? null,
      messageId: email.messageId ?? null,
      attachments: children.map((c) => c.fileName),
    },
    children,
  };
};
