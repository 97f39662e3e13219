/** Application-level methods: who the analyst is, what this build is, and browsing for files. */
import { z } from 'zod';
import { defineMethod } from './define.ts';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  user: z.object({ name: z.string() }),
  caseOpen: z.boolean(),
  casePath: z.string().nullable(),
  defaultCaseDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const FileEntry = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['file', 'directory']),
  sizeBytes: z.number().int(),
  modifiedAt: z.string(),
});
export type FileEntry = z.infer<typeof FileEntry>;

/** Version, analyst name and whether a case is open in this session. */
export const appInfo = defineMethod('app:info', 'Application and session info', z.object({}).strict(), AppInfo);

/** Sets the analyst's name, recorded on every change they make (set once per install). */
export const appSetUser = defineMethod(
  'app:setUser',
  "Set the analyst's name for this install",
  z.object({ name: z.string().trim().min(1).max(100) }),
  AppInfo,
);

/**
 * Lists a folder, for the in-app file browser of the browser mode (Electron uses native
 * dialogs). Hidden entries are left out; `extensions` keeps only matching files.
 */
export const filesList = defineMethod(
  'files:list',
  'List a folder for the in-app file browser',
  z.object({ dir: z.string().optional(), extensions: z.array(z.string()).optional() }),
  z.object({ dir: z.string(), parent: z.string().nullable(), entries: z.array(FileEntry) }),
);
