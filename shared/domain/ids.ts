/**
 * Record ids: UUIDv7, so they are unique across machines (cases are merged by id) and
 * time-ordered (inserts stay local in SQLite's B-tree instead of landing at random).
 */
import { v7 as uuidv7, validate, version } from 'uuid';

export function newId(): string {
  return uuidv7();
}

export function isId(value: string): boolean {
  return validate(value) && version(value) === 7;
}
