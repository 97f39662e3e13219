/** Case file methods: create, open, close and describe the one SQLite file that holds a case. */
import { z } from 'zod';
import { defineMethod } from './define.ts';

export const CaseCounts = z.object({
  documents: z.number().int(),
  sources: z.number().int(),
  claims: z.number().int(),
  places: z.number().int(),
  observationPoints: z.number().int(),
  annotations: z.number().int(),
  tags: z.number().int(),
  changes: z.number().int(),
});

export const CaseInfo = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  description: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  counts: CaseCounts,
});
export type CaseInfo = z.infer<typeof CaseInfo>;

export const RecentCase = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentCase = z.infer<typeof RecentCase>;

const Path = z.string().min(1, 'A file path is required.');
const Empty = z.object({}).strict();

/** Creates a new, empty case file at `path` (refusing to overwrite) and opens it. */
export const caseCreate = defineMethod(
  'case:create',
  'Create a new case file and open it',
  z.object({ path: Path, title: z.string().trim().min(1).max(200) }),
  CaseInfo,
);

/** Opens an existing case file, upgrading its schema when it is older than this build. */
export const caseOpen = defineMethod('case:open', 'Open an existing case file', z.object({ path: Path }), CaseInfo);

/** Builds (or reopens) the sample case made from the Idlib 2020 articles shipped in resources/. */
export const caseOpenSample = defineMethod(
  'case:openSample',
  'Open the sample case (built from resources/ on first use)',
  z.object({ path: Path.optional() }),
  CaseInfo,
);

/** Closes the open case of this session. */
export const caseClose = defineMethod('case:close', 'Close the open case', Empty, z.object({ closed: z.boolean() }));

/** Metadata and record counts of the open case, or of the case at `path` (opened read-only). */
export const caseInfo = defineMethod(
  'case:info',
  'Metadata and counts of a case',
  z.object({ path: Path.optional() }),
  CaseInfo,
);

/** Changes the case title or description. */
export const caseUpdate = defineMethod(
  'case:update',
  'Edit the case title or description',
  z.object({ title: z.string().trim().min(1).max(200).optional(), description: z.string().max(10_000).optional() }),
  CaseInfo,
);

/** Recently opened cases of this install, newest first. */
export const caseRecent = defineMethod('case:recent', 'Recently opened cases', Empty, z.object({ cases: z.array(RecentCase) }));
