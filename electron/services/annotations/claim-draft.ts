/**
 * The fields of a claim made from a selected span. The claim keeps the selected words as
 * its text; value, unit and the rest come from the extractor when it recognises a claim
 * under the span, and are left for the analyst to fill in otherwise.
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

function numberOr(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function textOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The draft of a claim from [start, end): the selected words, and what an extractor found there (claims columns). */
export function draftClaim(text: string, start: number, end: number, extracted?: Record<string, unknown>): ClaimDraftFields {
  return {
    text: text.slice(start, end).replace(/\s+/g, ' '),
    value: numberOr(extracted?.['value']),
    valueMin: numberOr(extracted?.['value_min']),
    valueMax: numberOr(extracted?.['value_max']),
    qualifier: textOr(extracted?.['qualifier']),
    unit: textOr(extracted?.['unit']),
    subject: textOr(extracted?.['subject']),
    whenText: textOr(extracted?.['when_text']),
    extractorVersion: textOr(extracted?.['extractor_version']),
    extracted: extracted !== undefined,
  };
}
