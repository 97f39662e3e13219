/**
 * The Admiralty (NATO) grading system: source reliability A–F, set on a source, and
 * information credibility 1–6, set on a claim. Shown together as "B2".
 */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];

export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** "B2", "B–" when only the source is graded, "–2" when only the claim is, "" when neither. */
export function formatAdmiralty(reliability: Reliability | null, credibility: Credibility | null): string {
  if (reliability === null && credibility === null) return '';
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** Parses "B2", "b 2", "B" or "2"; returns null for anything else. */
export function parseAdmiralty(text: string): { reliability: Reliability | null; credibility: Credibility | null } | null {
  const match = /^\s*([A-Fa-f])?\s*([1-6])?\s*$/.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  return {
    reliability: match[1] ? (match[1].toUpperCase() as Reliability) : null,
    credibility: match[2] ? (Number(match[2]) as Credibility) : null,
  };
}
