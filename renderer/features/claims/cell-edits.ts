/**
 * What an edited cell means: the text the analyst typed in a column becomes a claim patch
 * (or a grade), checked with the contract's schema before anything is sent, so a wrong
 * date or figure is refused with a clear message and nothing changes.
 */
import type { ClaimColumn } from '../../../shared/contract/claim-grid.ts';
import { ClaimPatch, type ClaimRow } from '../../../shared/contract/claims.ts';
import { parseAdmiralty, type Credibility, type Reliability } from '../../../shared/domain/admiralty.ts';

export type CellEdit =
  | { kind: 'patch'; patch: ClaimPatch; undo: ClaimPatch }
  | { kind: 'grade'; reliability?: Reliability | null; credibility?: Credibility | null; undo: { reliability: Reliability | null; credibility: Credibility | null } }
  | { kind: 'error'; message: string }
  | { kind: 'none' };

const blank = (text: string): boolean => text.trim() === '';
const list = (text: string): string[] =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "2020-02-01", "2020-02-01 – 2020-02-03", "2020-02-01/2020-02-03" or "" (no date). */
export function parseWhen(text: string): { whenStart: string | null; whenEnd: string | null } | string {
  if (blank(text)) return { whenStart: null, whenEnd: null };
  const parts = text.split(/\s*(?:\/|–|—|\.\.|\bto\b)\s*|\s+-\s+/).filter(Boolean);
  const days = parts.map((p) => p.trim());
  if (days.length > 2 || days.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) return 'Write dates as YYYY-MM-DD, or a period as YYYY-MM-DD – YYYY-MM-DD.';
  return { whenStart: days[0]!, whenEnd: days[1] ?? days[0]! };
}

export function formatWhen(row: Pick<ClaimRow, 'whenStart' | 'whenEnd'>): string {
  const start = row.whenStart?.slice(0, 10) ?? null;
  const end = row.whenEnd?.slice(0, 10) ?? null;
  if (!start && !end) return '';
  if (!start || !end || start === end) return (start ?? end)!;
  return `${start} – ${end}`;
}

function checked(patch: ClaimPatch, undo: ClaimPatch): CellEdit {
  const parsed = ClaimPatch.safeParse(patch);
  if (!parsed.success) return { kind: 'error', message: parsed.error.issues[0]?.message ?? 'That value is not valid here.' };
  return { kind: 'patch', patch: parsed.data, undo };
}

/** The edit of `column` from `row`'s value to the typed `text`; tags are named and resolved with `tagId`. */
export function cellEdit(column: ClaimColumn, row: ClaimRow, input: unknown, tagId: (name: string) => string | undefined): CellEdit {
  const text = input === null || input === undefined ? '' : String(input);
  const optional = (value: string): string | null => (blank(value) ? null : value.trim());
  switch (column) {
    case 'text':
      return checked({ text }, { text: row.text });
    case 'value': {
      if (blank(text)) return checked({ value: null }, { value: row.value });
      const number = Number(text.replace(/[,\s]/g, ''));
      if (!Number.isFinite(number)) return { kind: 'error', message: `"${text}" is not a number.` };
      return checked({ value: number }, { value: row.value });
    }
    case 'qualifier':
      return checked({ qualifier: (optional(text) as ClaimRow['qualifier']) ?? null }, { qualifier: row.qualifier });
    case 'unit':
      return checked({ unit: optional(text) }, { unit: row.unit });
    case 'subject':
      return checked({ subject: optional(text) }, { subject: row.subject });
    case 'eventType':
      return checked({ eventType: optional(text) }, { eventType: row.eventType });
    case 'status':
      return checked({ status: text.trim() as ClaimRow['status'] }, { status: row.status });
    case 'notes':
      return checked({ notes: text }, { notes: row.notes });
    case 'source':
      return checked({ sourceName: optional(text) }, { sourceName: row.sourceName });
    case 'places':
      return checked({ placeNames: list(text) }, { placeNames: row.places.map((p) => p.name) });
    case 'when': {
      const when = parseWhen(text);
      if (typeof when === 'string') return { kind: 'error', message: when };
      return checked(when, { whenStart: row.whenStart, whenEnd: row.whenEnd });
    }
    case 'tags': {
      const names = list(text);
      const ids: string[] = [];
      for (const name of names) {
        const id = tagId(name);
        if (!id) return { kind: 'error', message: `There is no tag "${name}" in the codebook.` };
        ids.push(id);
      }
      return checked({ tagIds: ids }, { tagIds: row.tags.map((t) => t.id) });
    }
    case 'grade':
    case 'credibility':
    case 'reliability': {
      const undo = { reliability: row.reliability, credibility: row.credibility as Credibility | null };
      if (blank(text)) return column === 'reliability' ? { kind: 'grade', reliability: null, undo } : column === 'credibility' ? { kind: 'grade', credibility: null, undo } : { kind: 'grade', reliability: null, credibility: null, undo };
      const grade = parseAdmiralty(text);
      if (!grade) return { kind: 'error', message: `"${text}" is not an Admiralty grade: a letter A–F for the source and a number 1–6 for the information, like B2.` };
      if (grade.reliability && !row.sourceId) return { kind: 'error', message: 'This claim has no source to grade: set its source first.' };
      return {
        kind: 'grade',
        ...(grade.reliability ? { reliability: grade.reliability } : {}),
        ...(grade.credibility ? { credibility: grade.credibility } : {}),
        undo,
      };
    }
    default:
      return { kind: 'none' };
  }
}
