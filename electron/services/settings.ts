/**
 * Per-install settings: the analyst's name (recorded on every change they make) and the
 * recently opened cases. Kept in a small JSON file written atomically.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../shared/contract/case.ts';
import { ensureDir, type Environment } from './environment.ts';

const SettingsFile = z.object({
  user: z.object({ name: z.string() }).nullable().catch(null),
  recent: z
    .array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }))
    .catch([]),
});
type SettingsFile = z.infer<typeof SettingsFile>;

const MAX_RECENT = 12;

export class Settings {
  private readonly file: string;
  private data: SettingsFile;

  constructor(private readonly env: Environment) {
    this.file = join(env.configDir, 'settings.json');
    this.data = this.load();
  }

  private load(): SettingsFile {
    if (!existsSync(this.file)) return { user: null, recent: [] };
    try {
      return SettingsFile.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // A damaged settings file must not stop the app: start over with defaults.
      return { user: null, recent: [] };
    }
  }

  private save(): void {
    ensureDir(this.env.configDir);
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }

  userName(): string {
    return this.data.user?.name ?? this.env.defaultActor;
  }

  setUserName(name: string): void {
    this.data.user = { name };
    this.save();
  }

  recent(): RecentCase[] {
    return this.data.recent.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  rememberCase(path: string, title: string): void {
    const openedAt = new Date().toISOString();
    this.data.recent = [{ path, title, openedAt }, ...this.data.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.save();
  }
}
