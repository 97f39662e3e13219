/** Every event the services push to a client. */
import { z } from 'zod';
import { defineEvent } from './define.ts';
import { jobProgressEvent } from './jobs.ts';

/** Tables whose rows changed, so open views refresh (after an import, a merge, another window's edit). */
export const caseChangedEvent = defineEvent(
  'case:changed',
  'Records of the open case changed',
  z.object({ tables: z.array(z.string()) }),
);

export const events = {
  [jobProgressEvent.name]: jobProgressEvent,
  [caseChangedEvent.name]: caseChangedEvent,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]['payload']>;
