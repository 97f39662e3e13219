/**
 * Claim extraction: "who says what number of what, where, when, according to whom".
 * `extract:text` works without a case (the CLI's `sightline extract FILE --json` prints its
 * output as is: the shape is a public interface, spelled out in issue 4); `documents:extract`
 * (re-)extracts the claims of the open case's documents as a job.
 */
import { z } from 'zod';
import { QUALIFIERS } from '../domain/claim-types.ts';
import { defineMethod } from './define.ts';
import { JobIdInput } from './jobs.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are YYYY-MM-DD.');

export const ExtractedPlace = z.object({ name: z.string(), lat: z.number().nullable(), lon: z.number().nullable() });

export const ExtractedClaim = z.object({
  /** The sentence that states the claim. */
  text: z.string(),
  /** UTF-16 offsets of the figure and what it counts (the sentence, for a claim without a figure). */
  span: z.tuple([z.number().int(), z.number().int()]),
  quantity: z
    .object({
      value: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      qualifier: z.enum(QUALIFIERS),
      unit: z.string().nullable(),
    })
    .nullable(),
  subject: z.string().nullable(),
  eventType: z.string(),
  when: z.object({ start: IsoDate, end: IsoDate, text: z.string() }).nullable(),
  places: z.array(ExtractedPlace),
  source: z.object({ name: z.string(), via: z.array(z.string()) }).nullable(),
});
export type ExtractedClaimJson = z.infer<typeof ExtractedClaim>;

export const ExtractTextOutput = z.object({
  document: z.object({ title: z.string(), published: IsoDate.nullable() }),
  claims: z.array(ExtractedClaim),
  places: z.array(ExtractedPlace.extend({ mentions: z.array(z.tuple([z.number().int(), z.number().int()])) })),
});
export type ExtractTextOutput = z.infer<typeof ExtractTextOutput>;

/** Extracts the claims of a text, without a case (nothing is stored). */
export const extractText = defineMethod(
  'extract:text',
  'Extract the claims of a text (no case needed)',
  z.object({
    text: z.string().max(50_000_000, 'The text is larger than 50 MB.'),
    title: z.string().max(1000).nullish(),
    /** What relative dates ("on Tuesday", "last week") resolve against; YYYY-MM-DD. */
    published: IsoDate.nullish(),
    language: z.string().max(20).nullish(),
  }),
  ExtractTextOutput,
);

/**
 * Extracts the claims of a file without a case: .txt and .md as they are, other formats
 * (HTML, PDF, Word, e-mail) read by their importer first. Nothing is stored.
 */
export const extractFile = defineMethod(
  'extract:file',
  'Extract the claims of a file (no case needed)',
  z.object({ path: z.string().min(1, 'A file path is required.'), published: IsoDate.nullish() }),
  ExtractTextOutput,
);

export const ExtractCounts = z.object({
  documents: z.number().int(),
  claims: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  kept: z.number().int(),
});
export type ExtractCounts = z.infer<typeof ExtractCounts>;

/**
 * (Re-)extracts the claims of the given documents (all live documents when omitted), one
 * transaction per document, as a job with progress. Keeps analysts' edits and every claim
 * someone graded or reviewed; unchanged claims keep their ids.
 */
export const documentsExtract = defineMethod(
  'documents:extract',
  'Extract (again) the claims of documents of the open case',
  z.object({ documentIds: z.array(z.string()).max(1_000_000).optional(), jobId: JobIdInput }),
  ExtractCounts,
);
