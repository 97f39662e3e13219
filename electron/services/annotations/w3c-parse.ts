/**
 * Reading W3C Web Annotation JSON-LD written by Sightline or by other tools (Hypothesis,
 * Recogito …): one Annotation, an array of them, an AnnotationPage or an
 * AnnotationCollection with its first page embedded. Only what Sightline can anchor is
 * read: a target with a TextQuoteSelector and/or TextPositionSelector, notes, tags and a
 * link to a claim. Every refusal says which annotation and why.
 */
import { ApiError } from '../../../shared/contract/errors.ts';

export interface ParsedAnnotation {
  index: number;
  /** The annotation's own IRI, if it has one. */
  iri: string | null;
  sourceIri: string | null;
  sha256: string | null;
  textSha256: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Code-point offsets, as the model counts them. */
  position: { start: number; end: number } | null;
  motivation: string | null;
  note: string;
  tags: { iri: string | null; name: string }[];
  claimIri: string | null;
  creator: string | null;
  created: string | null;
}

export class AnnotationParseError extends Error {
  constructor(
    readonly index: number,
    readonly iri: string | null,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const types = (value: Json): string[] => asArray(value['type'] ?? value['@type']).filter((t): t is string => typeof t === 'string');
const hasType = (value: Json, type: string): boolean => types(value).some((t) => t === type || t === `oa:${type}`);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const idOf = (value: Json): string | null => text(value['id'] ?? value['@id']);

/** The annotations of a JSON-LD document, unparsed. */
export function annotationItems(content: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new ApiError('invalid_input', `The file is not valid JSON (${(error as Error).message}).`);
  }
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw new ApiError('invalid_input', 'The file is not W3C Web Annotation JSON-LD: expected an object or an array.');
  if (hasType(json, 'Annotation')) return [json];
  if (hasType(json, 'AnnotationPage')) return asArray(json['items']);
  if (hasType(json, 'AnnotationCollection')) {
    const first = json['first'];
    if (typeof first === 'string') {
      throw new ApiError('invalid_input', 'This AnnotationCollection refers to its pages by address; export it with its annotations embedded.');
    }
    if (isObject(first)) return asArray(first['items']);
    return asArray(json['items']);
  }
  throw new ApiError('invalid_input', 'The file is not W3C Web Annotation JSON-LD: expected an Annotation, an AnnotationPage or an AnnotationCollection.');
}

function readSelectors(index: number, iri: string | null, selectors: unknown[]): Pick<ParsedAnnotation, 'quote' | 'position'> {
  let quote: ParsedAnnotation['quote'] = null;
  let position: ParsedAnnotation['position'] = null;
  for (const selector of selectors) {
    if (!isObject(selector)) continue;
    if (hasType(selector, 'TextQuoteSelector') && quote === null) {
      const exact = text(selector['exact']);
      if (exact === null || exact.length === 0) throw new AnnotationParseError(index, iri, 'its TextQuoteSelector has no "exact" text.');
      if (exact.length > 100_000) throw new AnnotationParseError(index, iri, 'its quote is longer than 100,000 characters.');
      quote = { exact, prefix: (text(selector['prefix']) ?? '').slice(-1000), suffix: (text(selector['suffix']) ?? '').slice(0, 1000) };
    } else if (hasType(selector, 'TextPositionSelector') && position === null) {
      const start = selector['start'];
      const end = selector['end'];
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        throw new AnnotationParseError(index, iri, 'its TextPositionSelector needs whole numbers with 0 ≤ start ≤ end.');
      }
      position = { start: start as number, end: end as number };
    }
  }
  return { quote, position };
}

function readTarget(index: number, iri: string | null, target: unknown): Pick<ParsedAnnotation, 'sourceIri' | 'sha256' | 'textSha256' | 'quote' | 'position'> {
  const targets = asArray(target);
  if (targets.length === 0) throw new AnnotationParseError(index, iri, 'it has no target.');
  const specific = targets.find((t): t is Json => isObject(t) && t['selector'] !== undefined);
  if (!specific) throw new AnnotationParseError(index, iri, 'its target is a whole resource, not a span of text (no selector).');
  const source = specific['source'];
  const sourceObject = isObject(source) ? source : null;
  const selectors = readSelectors(index, iri, asArray(specific['selector']));
  if (!selectors.quote && !selectors.position) {
    throw new AnnotationParseError(index, iri, 'its target has neither a TextQuoteSelector nor a TextPositionSelector.');
  }
  const hash = (value: unknown): string | null => {
    const s = text(value);
    return s !== null && /^[0-9a-f]{64}$/i.test(s) ? s.toLowerCase() : null;
  };
  return {
    sourceIri: sourceObject ? idOf(sourceObject) : text(source),
    sha256: hash(sourceObject?.['sha256'] ?? sourceObject?.['sightline:sha256']),
    textSha256: hash(sourceObject?.['textSha256'] ?? sourceObject?.['sightline:textSha256']),
    ...selectors,
  };
}

function readBodies(item: Json): Pick<ParsedAnnotation, 'note' | 'tags' | 'claimIri'> {
  const notes: string[] = [];
  const tags: ParsedAnnotation['tags'] = [];
  let claimIri: string | null = null;
  const motivations = asArray(item['motivation']).filter((m): m is string => typeof m === 'string');
  const bodyValue = text(item['bodyValue']);
  if (bodyValue !== null && bodyValue.trim() !== '') notes.push(bodyValue);
  for (const body of asArray(item['body'])) {
    if (!isObject(body)) continue;
    const purposes = asArray(body['purpose']).filter((p): p is string => typeof p === 'string');
    const value = text(body['value'] ?? body['chars']);
    const source = text(body['source']) ?? (isObject(body['source']) ? idOf(body['source']) : null);
    if (source?.startsWith('urn:sightline:claim:')) claimIri = source;
    if (value === null || value.trim() === '') continue;
    const tagging = purposes.includes('tagging') || (purposes.length === 0 && motivations.includes('tagging'));
    if (tagging) tags.push({ iri: idOf(body), name: value.trim().slice(0, 100) });
    else notes.push(value);
  }
  return { note: notes.join('\n\n').slice(0, 20_000), tags, claimIri };
}

/** One annotation of the file; throws AnnotationParseError saying what is wrong with it. */
export function parseAnnotation(item: unknown, index: number): ParsedAnnotation {
  if (!isObject(item)) throw new AnnotationParseError(index, null, 'it is not an object.');
  const iri = idOf(item);
  if (!hasType(item, 'Annotation')) throw new AnnotationParseError(index, iri, 'its type is not "Annotation".');
  const creator = asArray(item['creator'])[0];
  return {
    index,
    iri,
    motivation: text(asArray(item['motivation'])[0]),
    ...readTarget(index, iri, item['target']),
    ...readBodies(item),
    creator: isObject(creator) ? (text(creator['name'] ?? creator['nickname']) ?? idOf(creator)) : text(creator),
    created: text(item['created']),
  };
}
