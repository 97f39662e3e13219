/**
 * A case holding the sample article (tests/fixtures/turkey-convoys-idlib.txt), open in an
 * engine session, for tests of annotations and re-anchoring through the real API.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods.ts';
import { createEngine, type Engine } from '../../electron/services/engine.ts';
import { storeDocument } from '../../electron/services/documents/store-document.ts';
import { makeCase, TEST_ACTOR, testEnvironment } from './make-case.ts';

// From a string, not new URL(): in component tests happy-dom replaces the global URL class.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const ARTICLE = readFileSync(join(FIXTURES, 'turkey-convoys-idlib.txt'), 'utf8');

export interface ArticleCase {
  path: string;
  documentId: string;
  engine: Engine;
  events: { name: string; payload: unknown }[];
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The selection of the n-th occurrence of `quote` in the article, as the reader sends it. */
  span(quote: string, occurrence?: number): { documentId: string; start: number; end: number; exact: string };
  close(): void;
}

export async function articleCase(extraDocuments: { title: string; text: string }[] = []): Promise<ArticleCase> {
  const made = makeCase();
  const store = (title: string, text: string, fileName: string) =>
    made.db.transaction(() =>
      storeDocument(made.db, { bytes: Buffer.from(text), mediaType: 'text/plain', format: 'text', fileName, title, text, language: 'en' }, TEST_ACTOR),
    )().id;
  const documentId = store('Turkey sends armoured convoys into Syria', ARTICLE, 'turkey-convoys-idlib.txt');
  for (const doc of extraDocuments) store(doc.title, doc.text, `${doc.title}.txt`);
  made.close();
  const events: { name: string; payload: unknown }[] = [];
  const engine = createEngine(testEnvironment(), (_session, name, payload) => events.push({ name, payload }));
  const invoke = <M extends MethodName>(method: M, input: MethodInput<M>) => engine.invoke('test', method, input) as Promise<MethodOutput<M>>;
  await invoke('case:open', { path: made.path });
  return {
    path: made.path,
    documentId,
    engine,
    events,
    invoke,
    span(quote, occurrence = 0) {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = ARTICLE.indexOf(quote, at + 1);
      if (at === -1) throw new Error(`"${quote}" is not in the article`);
      return { documentId, start: at, end: at + quote.length, exact: quote };
    },
    close: () => engine.close(),
  };
}
