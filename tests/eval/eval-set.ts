/** The labelled evaluation sets (one folder per language) and their gold format. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const When = z.union([z.string(), z.tuple([z.string(), z.string()]), z.null()]);

const GoldClaim = z.object({
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  qualifier: z.string(),
  unit: z.array(z.string()),
  subject: z.union([z.string(), z.array(z.string())]).optional(),
  when: When.optional(),
  source: z.string().nullable().optional(),
  via: z.array(z.string()).optional(),
  places: z.array(z.string()).optional(),
  eventType: z.string().optional(),
  /** False when only the figure is labelled (the sample's "vague" list): its other fields are not scored. */
  fieldsLabelled: z.boolean().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

const GoldEvent = z.object({
  text: z.string(),
  eventType: z.string(),
  subject: z.union([z.string(), z.array(z.string())]).optional(),
  when: When.optional(),
  source: z.string().nullable().optional(),
  via: z.array(z.string()).optional(),
  places: z.array(z.string()).optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

const Gold = z.object({
  document: z.string(),
  published: z.string(),
  claims: z.array(GoldClaim),
  vague: z.array(z.object({ text: z.string(), min: z.number() })).optional(),
  events: z.array(GoldEvent).optional(),
  aliases: z.record(z.string(), z.array(z.string())).optional(),
});

export interface EvalDocument {
  name: string;
  text: string;
  published: string;
  claims: GoldClaim[];
  /** Null when the document's labels do not cover claims without a figure. */
  events: GoldEvent[] | null;
  aliases: Record<string, string[]>;
}

export interface EvalSet {
  language: string;
  label: string;
  documents: EvalDocument[];
}

const root = new URL('../../', import.meta.url).pathname;

/** The sample's "vague" entries ("thousands of Turkish soldiers") as claims: unit = the words after "of". */
function vagueClaims(vague: { text: string; min: number }[]): GoldClaim[] {
  return vague.map((v) => {
    const after = /\bof\s+(.+)$/.exec(v.text)?.[1] ?? v.text;
    const words = after.split(/\s+/);
    return { min: v.min, qualifier: 'vague', unit: [after, words[words.length - 1]!], fieldsLabelled: false };
  });
}

function load(dir: string, goldFile: string): EvalDocument {
  const gold = Gold.parse(JSON.parse(readFileSync(join(dir, goldFile), 'utf8')));
  return {
    name: gold.document,
    text: readFileSync(join(dir, gold.document), 'utf8'),
    published: gold.published,
    claims: [...gold.claims, ...vagueClaims(gold.vague ?? [])],
    events: gold.events ?? null,
    aliases: gold.aliases ?? {},
  };
}

export function englishSet(): EvalSet {
  const dir = join(root, 'tests', 'eval', 'en');
  const documents = [load(join(root, 'tests', 'fixtures'), 'turkey-convoys-idlib.gold.json')];
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.gold.json')) documents.push(load(dir, file));
  return { language: 'en', label: 'English', documents };
}

/** Short Arabic reports written for Sightline about conflicts other than Syria's (tests/eval/ar/SOURCES.md). */
export function arabicSet(): EvalSet {
  const dir = join(root, 'tests', 'eval', 'ar');
  const documents: EvalDocument[] = [];
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.gold.json')) documents.push(load(dir, file));
  return { language: 'ar', label: 'Arabic', documents };
}

/** Every language with an evaluation set. */
export function evaluationSets(): EvalSet[] {
  return [englishSet(), arabicSet()];
}
