import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('runtime boundaries (lint)', () => {
  it.each([
    ['renderer/features/x/Thing.tsx', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['renderer/features/x/Thing.tsx', "import { handlers } from '../../../electron/services/api.ts';\nexport const x = handlers;\n"],
    ['shared/domain/thing.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['shared/domain/thing.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
    ['electron/services/thing.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/services/thing.ts', "import { startBridge } from '../transports/bridge/server.ts';\nexport const x = startBridge;\n"],
    ['electron/preload/thing.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('forbids a boundary crossing in %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['renderer/features/x/Thing.tsx', "import { ApiError } from '../../../shared/contract/errors.ts';\nexport const x = ApiError;\n"],
    ['electron/services/thing.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['electron/main/thing.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/contract/thing.ts', "import { QUALIFIERS } from '../domain/claim-types.ts';\nexport const x = QUALIFIERS;\n"],
  ])('allows a legitimate import in %s', async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain('no-restricted-imports');
  });

  it('forbids values interpolated into SQL', async () => {
    const code = "export function q(db: { prepare(s: string): unknown }, name: string) {\n  return db.prepare(`SELECT * FROM t WHERE name = '${name}'`);\n}\n";
    expect(await ruleIds('electron/services/thing.ts', code)).toContain('no-restricted-syntax');
  });
});
