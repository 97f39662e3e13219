/** What every API handler receives besides its input. */
import type { EventName, EventPayload } from '../../shared/contract/events.ts';
import type { Environment } from './environment.ts';
import type { JobRegistry } from './jobs.ts';
import type { Session } from './session.ts';
import type { Settings } from './settings.ts';

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface HandlerContext {
  readonly env: Environment;
  readonly session: Session;
  readonly settings: Settings;
  readonly jobs: JobRegistry;
  /** Sends an event to the client of this session. */
  readonly emit: Emit;
  /** The analyst's name, stamped on every change. */
  actor(): string;
}
