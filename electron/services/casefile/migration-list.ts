/** Every migration in order. The last one's version is the schema this build writes. */
import type { Migration } from './migration.ts';
import { migration001 } from './migrations/001-initial.ts';
import { migration002AnnotationAnchoring } from './migrations/002-annotation-anchoring.ts';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002AnnotationAnchoring];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;
