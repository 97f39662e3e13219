/**
 * Realistic cases in one line: `makeCase({ documents: 3 })` creates a case file in a temp
 * folder, fills it through the real services, and returns it open.
 */
import { join } from 'node:path';
import { newId } from '../../shared/domain/ids.ts';
import type { WritableDb } from '../../electron/services/casefile/case-db.ts';
import { createCase, type OpenCase } from '../../electron/services/casefile/open-case.ts';
import { storeDocument } from '../../electron/services/documents/store-document.ts';
import { nodeEnvironment, type Environment } from '../../electron/services/environment.ts';
import { newsText } from './news-text.ts';
import { tempDir } from './temp.ts';

export const TEST_ACTOR = 'test-analyst';

export interface TestCase {
  path: string;
  dir: string;
  open: OpenCase;
  db: WritableDb;
  documentIds: string[];
  close(): void;
}

const OUTLETS = ['Middle East Monitor', 'Syrian Observatory for Human Rights', 'Anadolu Agency', 'Reuters'];


export function makeCase(options: { documents?: number; title?: string; dir?: string } = {}): TestCase {
  const dir = options.dir ?? tempDir();
  const path = join(dir, `case-${newId().slice(-8)}.sightline`);
  const open = createCase(path, { id: newId(), title: options.title ?? 'Test case', actor: TEST_ACTOR, at: new Date().toISOString() });
  const db = open.writable!;
  const documentIds: string[] = [];
  for (let i = 0; i < (options.documents ?? 0); i++) {
    const text = newsText(i);
    db.transaction(() => {
      const { id } = storeDocument(
        db,
        {
          bytes: Buffer.from(text),
          mediaType: 'text/plain',
          format: 'text',
          fileName: `report-${i}.txt`,
          title: `Report ${i}`,
          text,
          sourceName: OUTLETS[i % OUTLETS.length]!,
          published: `2020-08-${String(1 + (i % 28)).padStart(2, '0')}`,
        },
        TEST_ACTOR,
      );
      documentIds.push(id);
    })();
  }
  return { path, dir, open, db, documentIds, close: () => open.close() };
}

/** An environment whose settings and cases live in a temp folder. */
export function testEnvironment(): Environment {
  const home = tempDir('sightline-home-');
  return nodeEnvironment({ configDir: home, dataDir: join(home, 'cases'), defaultActor: TEST_ACTOR });
}
