/** A numbered schema step. Once released, a migration is never edited: add the next one. */
export interface Migration {
  /** Becomes PRAGMA user_version once applied; numbers increase by one. */
  readonly version: number;
  readonly name: string;
  /** Runs inside one transaction together with the user_version bump. */
  readonly sql: string;
}
