/** Small display helpers for documents. */
export const FORMAT_LABELS: Record<string, string> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word',
  eml: 'E-mail',
  image: 'Image (OCR)',
};

export function formatLabel(format: string): string {
  return FORMAT_LABELS[format] ?? format;
}

/** "2020-08-20" stays as is; a date-time shows its date and time in UTC. */
export function formatPublished(published: string | null): string {
  if (!published) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(published);
  return match ? `${match[1]} ${match[2]}` : published;
}

export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
