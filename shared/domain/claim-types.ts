/**
 * The vocabulary of a claim: how a figure is qualified, where an analyst is with it, and
 * what kind of event it reports (a small taxonomy modelled on ACLED's event types).
 */
export const QUALIFIERS = [
  'exact',
  'more_than',
  'at_least',
  'fewer_than',
  'at_most',
  'about',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIM_STATUSES = ['unreviewed', 'confirmed', 'disputed', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EVENT_TYPES = [
  'battle',
  'explosion_remote_violence',
  'violence_against_civilians',
  'troop_movement',
  'agreement',
  'protest',
  'riot',
  'strategic_development',
  'displacement',
  'humanitarian',
  'casualties',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  battle: 'Battle',
  explosion_remote_violence: 'Explosion / remote violence',
  violence_against_civilians: 'Violence against civilians',
  troop_movement: 'Troop movement / deployment',
  agreement: 'Agreement',
  protest: 'Protest',
  riot: 'Riot',
  strategic_development: 'Strategic development',
  displacement: 'Displacement',
  humanitarian: 'Humanitarian',
  casualties: 'Casualties',
  other: 'Other',
};
