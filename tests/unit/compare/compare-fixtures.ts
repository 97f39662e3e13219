/** The comparison fixtures (articles written for these tests) imported into an engine case with their claims. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineCase, importTexts, type EngineCase } from '../../helpers/engine-case.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/compare');
export const fixture = (name: string): string => readFileSync(join(DIR, name), 'utf8');

export interface CompareCase extends EngineCase {
  observatory: string;
  ministry: string;
  copy: string;
  text: Record<string, string>;
}

export async function compareCase(): Promise<CompareCase> {
  const c = await engineCase();
  const files = [
    { name: 'observatory-report.txt', sourceName: 'Levant Monitor', published: '2020-08-20' },
    { name: 'ministry-statement.txt', sourceName: 'Anatolian Wire', published: '2020-08-20' },
    { name: 'syndicated-copy.txt', sourceName: 'Gulf Daily', published: '2020-08-21' },
  ];
  const [observatory, ministry, copy] = await importTexts(c, files.map((f) => ({ ...f, text: fixture(f.name) })));
  return {
    ...c,
    observatory: observatory!,
    ministry: ministry!,
    copy: copy!,
    text: { [observatory!]: fixture('observatory-report.txt'), [ministry!]: fixture('ministry-statement.txt'), [copy!]: fixture('syndicated-copy.txt') },
  };
}
