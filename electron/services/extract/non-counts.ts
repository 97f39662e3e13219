/**
 * Numbers that are not counts: parts of dates and times ("March 5", "00:00 hrs", "10
 * a.m."), codes and road names ("M4", "F-16" — tokenised as codes), ordinals ("13th"),
 * labels ("Article 5", "page 3", "Resolution 2254"), list markers ("1." at the start of a
 * line), footnote markers ("[3]"), years ("in 2019"), ages ("14-year-old") and durations
 * ("the past 24 hours"). Each rule returns a reason, so misses can be explained.
 */
import type { LanguagePack } from './lang/language-pack.ts';
import type { Token } from './tokenize.ts';

export type NonCountReason = 'date' | 'time' | 'label' | 'list-marker' | 'footnote' | 'year' | 'age' | 'duration' | 'ratio' | 'phone' | null;

export function nonCountReason(
  tokens: Token[],
  start: number,
  end: number,
  value: number,
  digits: boolean,
  inTime: (i: number) => boolean,
  lang: LanguagePack,
): NonCountReason {
  for (let i = start; i < end; i++) if (inTime(i)) return 'date';
  const t = tokens[start]!;
  const prev = tokens[start - 1];
  const next = tokens[end];
  // 00:00, 10:30
  if (next?.text === ':' && tokens[end + 1]?.kind === 'number') return 'time';
  if (prev?.text === ':' && tokens[start - 2]?.kind === 'number') return 'time';
  if (next && /^(hrs|hours|gmt|utc|h)$/i.test(next.text) && /^\d{4}$/.test(t.text)) return 'time';
  if (next && /^(a\.?m|p\.?m|am|pm|o'clock)$/i.test(next.text)) return 'time';
  if (next?.lower === 'a' && tokens[end + 1]?.text === '.' && tokens[end + 2]?.lower === 'm') return 'time';
  // [3], (3) footnotes, 1. / 1) list markers at the start of a line
  if (prev?.text === '[' && next?.text === ']') return 'footnote';
  if (start === 0 && digits && (next?.text === '.' || next?.text === ')') && tokens[end + 1] && tokens[end + 1]!.start - next.end <= 2 && value < 100) return 'list-marker';
  // Labels: "Article 5", "page 3", "Resolution 2254", "No. 7", "Brigade 93"
  if (prev?.lower === 'magnitude') return 'label';
  // ratios: "one in seven Pakistanis", "1 in 5"
  const isNum = (t: Token | undefined): boolean => !!t && (t.kind === 'number' || lang.numberWords.has(t.lower));
  if (prev?.lower === 'in' && isNum(tokens[start - 2])) return 'ratio';
  if (next?.lower === 'in' && isNum(tokens[end + 1])) return 'ratio';
  if (next?.lower === 'out' && tokens[end + 1]?.lower === 'of' && isNum(tokens[end + 2])) return 'ratio';
  // part of a name: "Idlib 2 Operation", "Apollo 11 Mission" (capitalised words on both sides)
  if (prev?.capital && prev.kind === 'word' && start > 1 && next?.capital && next.kind === 'word' && !lang.months.has(next.lower) && !lang.qualifiers.some((q) => q.words.length === 1 && q.words[0] === prev.lower)) return 'label';
  if (prev && prev.kind === 'word' && lang.labelWords.has(prev.lower.replace(/\.$/, ''))) {
    const qualifierOrVerb = next?.kind === 'word' && !lang.phraseStops.has(next.lower) && !next.capital;
    if (!qualifierOrVerb || prev.capital) return 'label';
  }
  if (prev?.text === '.' && tokens[start - 2] && /^(no|p|pp|art|vol)$/i.test(tokens[start - 2]!.text)) return 'label';
  if (prev?.text === '#') return 'label';
  // 14-year-old, a 10-day ceasefire, 6-km: hyphenated adjectives (a measure when the unit is a measure)
  if (next?.text === '-' && tokens[end + 1]?.kind === 'word' && /^(year|month|week|day|hour|minute)s?(-old)?$/.test(tokens[end + 1]!.lower)) return 'age';
  if (next && /^(year|years)-old$/.test(next.lower)) return 'age';
  if (prev?.lower === 'aged' || (prev?.lower === 'age' && tokens[start - 2]?.lower === 'the')) return 'age';
  // Years: a bare 4-digit number 1900–2100 with no count noun after it
  if (digits && /^\d{4}$/.test(t.text) && value >= 1900 && value <= 2100 && end === start + 1) {
    const n = next;
    const countNoun = n && n.kind === 'word' && !n.capital && !lang.phraseStops.has(n.lower) && !lang.months.has(n.lower) && !lang.durationUnits.has(n.lower);
    if (!countNoun) return 'year';
  }
  // Durations: "the past 24 hours", "for 10 days", "13 years of war"
  if (next && lang.durationUnits.has(next.lower)) return 'duration';
  // Scores and ratios "2-1", "3:0"; phone-like digit runs
  if (digits && /^0\d+$/.test(t.text)) return 'phone';
  return null;
}
