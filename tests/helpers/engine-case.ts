/** An in-process engine with a fresh case open in session "s", for tests that go through the API. */
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods.ts';
import { createEngine } from '../../electron/services/engine.ts';
import { testEnvironment } from './make-case.ts';
import { tempDir } from './temp.ts';

export interface EngineCase {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  events: { name: string; payload: unknown }[];
  path: string;
  close(): void;
}

export async function engineCase(): Promise<EngineCase> {
  const events: { name: string; payload: unknown }[] = [];
  const engine = createEngine(testEnvironment(), (_session, name, payload) => events.push({ name, payload }));
  const path = join(tempDir(), 'case.sightline');
  await engine.invoke('s', 'case:create', { path, title: 'Engine case' });
  return {
    call: (method, input) => engine.invoke('s', method, input) as never,
    events,
    path,
    close: () => engine.close(),
  };
}

/** Imports texts as named files through documents:importContent; returns the ids in order. */
export async function importTexts(c: EngineCase, items: { name: string; text: string; sourceName?: string; published?: string; title?: string }[]): Promise<string[]> {
  const report = await c.call('documents:importContent', {
    items: items.map((item) => ({
      name: item.name,
      text: item.text,
      overrides: {
        ...(item.sourceName ? { sourceName: item.sourceName } : {}),
        ...(item.published ? { published: item.published } : {}),
        ...(item.title ? { title: item.title } : {}),
      },
    })),
  });
  if (report.failed.length > 0) throw new Error(JSON.stringify(report.failed));
  return report.items.map((i) => i.documentId);
}
