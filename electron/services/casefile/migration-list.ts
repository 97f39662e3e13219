/** Every migration in order. The last one's version is the schema this build writes. */
import type { Migration } from './migration.ts';
import { migration001 } from './migrations/001-initial.ts';
import { migration002 } from './migrations/002-observation-points.ts';
import { migration003 } from './migrations/003-search-and-near-duplicates.ts';
import { migration004AnnotationAnchoring } from './migrations/004-annotation-anchoring.ts';
import { migration005ClaimsGrid } from './migrations/005-claims-grid.ts';
import { migration006Merges } from './migrations/006-merges.ts';
import { migration007MillionClaims } from './migrations/007-million-claims.ts';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004AnnotationAnchoring,
  migration005ClaimsGrid,
  migration006Merges,
  migration007MillionClaims,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;
