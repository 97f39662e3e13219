/**
 * The fields of a claim made from a selected span. The claim keeps the selected words as
 * its text; value, unit and the rest are left for the analyst to fill in place until an
 * extractor recognises them in the span.
 */
export interface ClaimDraftFields {
  text: string;
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  qualifier: string | null;
  unit: string | null;
  subject: string | null;
  whenText: string | null;
  extractorVersion: string | null;
  /** True when an extractor filled the fields. */
  extracted: boolean;
}

export function draftClaim(text: string, start: number, end: number): ClaimDraftFields {
  return {
    text: text.slice(start, end).replace(/\s+/g, ' '),
    value: null,
    valueMin: null,
    valueMax: null,
    qualifier: null,
    unit: null,
    subject: null,
    whenText: null,
    extractorVersion: null,
    extracted: false,
  };
}
