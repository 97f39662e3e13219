/**
 * Time expressions in a sentence, resolved to a date or an interval.
 *
 * Relative expressions resolve against the publication date ("on Tuesday" = the last
 * Tuesday up to it, "last week" = the Monday–Sunday before its week, "since the beginning
 * of August" = 1 August to it). Dates without a year take the year the document is in at
 * that point: a year heading ("### 2020"), the last full date, else the publication year —
 * and the year before when that would put the date after publication. "Since the start of
 * the ceasefire" finds the date an earlier sentence gave the ceasefire ("the ceasefire
 * agreement made on March 5"). Recognised first, so numbers inside dates are never counts.
 */
import {
  addDays,
  dayRange,
  type DateRange,
  isValidDate,
  iso,
  monthRange,
  weekday,
  weekRange,
  yearOf,
  monthOf,
  daysInMonth,
} from './dates.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import type { Token } from './tokenize.ts';

export interface TimeMention {
  readonly tokenStart: number;
  /** Exclusive. */
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Null when the expression is relative and the document has no publication date. */
  readonly range: DateRange | null;
}

const ANCHOR_SYNONYMS: Record<string, string> = { quake: 'earthquake', 'cease-fire': 'ceasefire', flood: 'floods' };

export class TimeContext {
  year: number | null;
  /** The last date written with its year: later dates without one follow it. */
  lastDate: string | null = null;
  lastInterval: DateRange | null = null;
  /** Event nouns and the dates the text gave them, in order ("the ceasefire" → 5 March). */
  readonly anchors = new Map<string, DateRange[]>();
  constructor(readonly published: string | null) {
    this.year = published ? yearOf(published) : null;
  }
}

interface Partial {
  /** Tokens consumed (exclusive end). */
  end: number;
  range: DateRange | null;
  /** The expression carried its own year. */
  hasYear: boolean;
}

function num(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || /[.,]/.test(t.text)) return null;
  return Number(t.text);
}

function isYear(t: Token | undefined): number | null {
  const n = num(t);
  return n !== null && t!.text.length === 4 && n >= 1900 && n <= 2100 ? n : null;
}

function dayOf(t: Token | undefined, lang: LanguagePack): number | null {
  if (!t) return null;
  if (t.kind === 'ordinal') {
    const n = parseInt(t.text, 10);
    return n >= 1 && n <= 31 ? n : null;
  }
  const n = num(t);
  return n !== null && t.text.length <= 2 && n >= 1 && n <= 31 ? n : null;
  void lang;
}

export class TimeRecogniser {
  /** Words that can begin a time expression; other words are skipped fast. */
  private readonly starters: Set<string>;
  constructor(private readonly lang: LanguagePack) {
    const L = lang.time;
    this.starters = new Set<string>([
      ...lang.months.keys(),
      ...lang.weekdays.keys(),
      ...L.today,
      ...L.yesterday,
      ...L.last,
      ...L.this,
      ...L.since,
      ...L.early,
      ...L.late,
      ...L.samePeriod.map((p) => p[0]!),
      L.between,
      L.from,
      'the',
      'earlier',
      'later',
      'overnight',
      'mid',
    ]);
  }

  private month(t: Token | undefined): number | null {
    if (!t || t.kind !== 'word') return null;
    const m = this.lang.months.get(t.lower.replace(/\.$/, ''));
    // "may" the verb and "march" the noun: months need their capital letter.
    return m !== undefined && t.capital ? m : null;
  }

  /** A month name, or an abbreviation ("Jan") only next to a number ("Zindah Jan district" is no date). */
  private monthNear(tokens: Token[], i: number): number | null {
    const m = this.month(tokens[i]);
    if (m === null) return null;
    if (tokens[i]!.text.length > 4 || tokens[i]!.lower === 'may' || tokens[i]!.lower === 'june' || tokens[i]!.lower === 'july') return m;
    return tokens[i + 1]?.kind === 'number' || tokens[i - 1]?.kind === 'number' || tokens[i + 1]?.kind === 'ordinal' || tokens[i - 1]?.kind === 'ordinal' ? m : null;
  }

  /** A year for a month/day without one: the context year, or the year before when that is after publication. */
  private resolveYear(ctx: TimeContext, month: number, day: number): number | null {
    const year = ctx.year;
    if (year === null) return null;
    // A story told in order: "From December 2019 … in February" is February 2020 — unless that is after publication.
    if (ctx.lastDate && yearOf(ctx.lastDate) === year) {
      const candidate = iso(year, month, Math.min(day, daysInMonth(year, month)));
      const next = iso(year + 1, month, Math.min(day, daysInMonth(year + 1, month)));
      if (candidate < ctx.lastDate && ctx.published && next <= ctx.published && month < monthOf(ctx.lastDate)) return year + 1;
    }
    if (ctx.published) {
      const candidate = iso(year, month, Math.min(day, daysInMonth(year, month)));
      if (candidate > ctx.published && year === yearOf(ctx.published)) return year - 1;
    }
    return year;
  }

  /** An absolute date or month at token i ("5 March 2020", "March 5", "March 2020", "2020-03-05", "August"). */
  private absolute(tokens: Token[], i: number, ctx: TimeContext, allowBareMonth: boolean): Partial | null {
    const t = tokens[i];
    // ISO 2020-03-05
    const y = isYear(t);
    if (y !== null && tokens[i + 1]?.text === '-' && num(tokens[i + 2]) !== null && tokens[i + 3]?.text === '-' && num(tokens[i + 4]) !== null) {
      const mo = num(tokens[i + 2])!;
      const d = num(tokens[i + 4])!;
      if (isValidDate(y, mo, d)) return { end: i + 5, range: dayRange(iso(y, mo, d)), hasYear: true };
    }
    // Day [-Day] [of] Month [Year]
    const day = dayOf(t, this.lang);
    if (day !== null) {
      let j = i + 1;
      let day2: number | null = null;
      if (/^[-–—]$/.test(tokens[j]?.text ?? '') && dayOf(tokens[j + 1], this.lang) !== null) {
        day2 = dayOf(tokens[j + 1], this.lang);
        j += 2;
      }
      if (tokens[j]?.lower === 'of') j++;
      const mo = this.monthNear(tokens, j);
      if (mo !== null) {
        j++;
        return this.finishDate(tokens, j, ctx, mo, day, day2);
      }
    }
    // Month Day[-Day] [, Year] | Month Year | Month
    const mo = this.monthNear(tokens, i);
    if (mo !== null) {
      let j = i + 1;
      const d = dayOf(tokens[j], this.lang);
      // "In May 21 people died": after "in" (or nothing), a people noun after the number makes it a count; "on March 5" is always a date
      const countAfter = !/^(on|since|by|until|till|from|before|after|of|between|to)$/.test(tokens[i - 1]?.lower ?? '') && tokens[j]?.kind === 'number' && !!tokens[j + 1] && this.isCountNoun(tokens[j + 1]!);
      if (d !== null && !countAfter) {
        j++;
        let d2: number | null = null;
        if (/^[-–—]$/.test(tokens[j]?.text ?? '') && dayOf(tokens[j + 1], this.lang) !== null) {
          d2 = dayOf(tokens[j + 1], this.lang);
          j += 2;
        }
        return this.finishDate(tokens, j, ctx, mo, d, d2);
      }
      const year = isYear(tokens[j]) ?? (tokens[j]?.text === ',' ? isYear(tokens[j + 1]) : null);
      if (year !== null && !this.countFollows(tokens, tokens[j]?.text === ',' ? j + 2 : j + 1)) {
        const end = tokens[j]?.text === ',' ? j + 2 : j + 1;
        ctx.year = year;
        ctx.lastDate = iso(year, mo, 1);
        return { end, range: monthRange(year, mo), hasYear: true };
      }
      if (allowBareMonth) {
        const yr = this.resolveYear(ctx, mo, 1);
        return { end: i + 1, range: yr === null ? null : monthRange(yr, mo), hasYear: false };
      }
    }
    return null;
  }

  /** "In May 21 people died": a plural noun (or a people word) after the day makes it a count. */
  private isCountNoun(t: Token): boolean {
    if (t.kind !== 'word' || this.lang.phraseStops.has(t.lower) || this.lang.months.has(t.lower)) return false;
    return (/s$/.test(t.lower) && !/(ss|us|is)$/.test(t.lower)) || this.lang.civilianNouns.has(t.lower);
  }

  /** A noun right after a would-be year makes it a count ("On 4 May 2000 people fled"). */
  private countFollows(tokens: Token[], j: number): boolean {
    const next = tokens[j];
    return !!next && next.kind === 'word' && !next.capital && !this.lang.phraseStops.has(next.lower) && !this.lang.months.has(next.lower);
  }

  private finishDate(tokens: Token[], j: number, ctx: TimeContext, mo: number, day: number, day2: number | null): Partial | null {
    let k = j;
    if (tokens[k]?.text === ',') k++;
    const year = isYear(tokens[k]);
    let yr: number | null;
    let end = j;
    let hasYear = false;
    if (year !== null && !this.countFollows(tokens, k + 1)) {
      yr = year;
      end = k + 1;
      hasYear = true;
      ctx.year = year;
      if (isValidDate(year, mo, day)) ctx.lastDate = iso(year, mo, day);
    } else {
      yr = this.resolveYear(ctx, mo, day);
    }
    if (yr === null) return { end, range: null, hasYear };
    if (!isValidDate(yr, mo, day)) return null;
    const start = iso(yr, mo, day);
    const last = day2 !== null && isValidDate(yr, mo, day2) ? iso(yr, mo, day2) : start;
    return { end, range: { start, end: last }, hasYear };
  }

  /** Weekdays and relative expressions at token i. */
  private relative(tokens: Token[], i: number, ctx: TimeContext): Partial | null {
    const t = tokens[i]!;
    const pub = ctx.published;
    const L = this.lang.time;
    const wd = this.lang.weekdays.get(t.lower);
    if (wd !== undefined && t.capital) {
      let end = i + 1;
      if (/^(night|morning|afternoon|evening)$/.test(tokens[end]?.lower ?? '')) end++;
      if (!pub) return { end, range: null, hasYear: false };
      const back = (weekday(pub) - wd + 7) % 7;
      const day = addDays(pub, -back);
      // "on Friday and Saturday", "Monday to Wednesday"
      const joiner = tokens[end]?.lower ?? '';
      const wd2 = /^(and|to|-|–|through)$/.test(joiner) ? this.lang.weekdays.get(tokens[end + 1]?.lower ?? '') : undefined;
      if (wd2 !== undefined && tokens[end + 1]!.capital) {
        const back2 = (weekday(pub) - wd2 + 7) % 7;
        const day2 = addDays(pub, -back2);
        if (day2 > day) return { end: end + 2, range: { start: day, end: day2 }, hasYear: false };
      }
      return { end, range: dayRange(day), hasYear: false };
    }
    if (L.today.has(t.lower)) return { end: i + 1, range: pub ? dayRange(pub) : null, hasYear: false };
    if (L.yesterday.has(t.lower)) return { end: i + 1, range: pub ? dayRange(addDays(pub, -1)) : null, hasYear: false };
    if (t.lower === 'overnight') return { end: i + 1, range: pub ? { start: addDays(pub, -1), end: pub } : null, hasYear: false };
    // last/this/earlier this week|month|year; last Tuesday
    let j = i;
    let earlier = false;
    if (t.lower === 'earlier' || t.lower === 'later') {
      earlier = t.lower === 'earlier';
      j++;
    }
    const which = tokens[j]?.lower;
    if (which && (L.last.has(which) || L.this.has(which))) {
      const isLast = L.last.has(which);
      const next = tokens[j + 1];
      const period = next ? L.periods.get(next.lower) : undefined;
      if (period && pub && which !== 'past') {
        const end = j + 2;
        if (period === 'week') {
          const w = weekRange(pub);
          if (isLast) return { end, range: { start: addDays(w.start, -7), end: addDays(w.start, -1) }, hasYear: false };
          return { end, range: { start: w.start, end: pub }, hasYear: false };
        }
        if (period === 'month') {
          const y = yearOf(pub);
          const m = monthOf(pub);
          if (isLast) return { end, range: m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1), hasYear: false };
          return { end, range: { start: iso(y, m, 1), end: pub }, hasYear: false };
        }
        if (period === 'year') {
          const y = yearOf(pub);
          if (isLast) return { end, range: { start: iso(y - 1, 1, 1), end: iso(y - 1, 12, 31) }, hasYear: false };
          return { end, range: { start: iso(y, 1, 1), end: pub }, hasYear: false };
        }
        if (period === 'day') return { end, range: dayRange(addDays(pub, -1)), hasYear: false };
      }
      const wd2 = next ? this.lang.weekdays.get(next.lower) : undefined;
      if (wd2 !== undefined && pub && isLast) {
        const back = (weekday(pub) - wd2 + 7) % 7 || 7;
        return { end: j + 2, range: dayRange(addDays(pub, -back)), hasYear: false };
      }
      // the past/last 24 hours, the past two weeks, the last few days
      if (L.past.has(which)) {
        let k = j + 1;
        let n = 1;
        const count = tokens[k];
        if (count && count.kind === 'number' && !/[.,]/.test(count.text)) {
          n = Number(count.text);
          k++;
        } else if (count && this.lang.numberWords.has(count.lower)) {
          n = this.lang.numberWords.get(count.lower)!;
          k++;
        } else if (count?.lower === 'few') {
          n = 3;
          k++;
        }
        const unit = tokens[k]?.lower.replace(/s$/, '');
        const days = unit === 'hour' ? Math.max(1, Math.ceil(n / 24)) : unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : unit === 'year' ? 365 * n : null;
        if (days !== null) return { end: k + 1, range: pub ? { start: addDays(pub, -days), end: pub } : null, hasYear: false };
      }
    }
    void earlier;
    return null;
  }

  /** A point or interval at token i, with "early/late/mid", "beginning of", "since", "between … and", "from … to". */
  private expression(tokens: Token[], i: number, ctx: TimeContext, afterPreposition: boolean): Partial | null {
    const L = this.lang.time;
    const t = tokens[i];
    if (!t) return null;
    // the beginning / start / end of X
    const j = i;
    if (tokens[j]?.lower === 'the' && (L.beginning.has(tokens[j + 1]?.lower ?? '') || L.end.has(tokens[j + 1]?.lower ?? '')) && tokens[j + 2]?.lower === 'of') {
      const isEnd = L.end.has(tokens[j + 1]!.lower);
      const inner = this.expression(tokens, j + 3, ctx, true) ?? this.anchor(tokens, j + 3, ctx);
      if (inner) {
        if (!inner.range) return { ...inner };
        const r = inner.range;
        const span = (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000;
        if (span < 1) return inner;
        const tenth = Math.max(0, Math.round(span / 3) - 1);
        return { end: inner.end, range: isEnd ? { start: addDays(r.end, -tenth), end: r.end } : { start: r.start, end: addDays(r.start, tenth) }, hasYear: inner.hasYear };
      }
    }
    // early / mid / late March
    if ((L.early.has(t.lower) || L.late.has(t.lower) || t.lower === 'mid') && (tokens[i + 1]?.text === '-' ? this.month(tokens[i + 2]) : this.month(tokens[i + 1])) !== null) {
      const k = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
      const inner = this.absolute(tokens, k, ctx, true);
      if (inner?.range) {
        const r = inner.range;
        const y = yearOf(r.start);
        const m = monthOf(r.start);
        const range = L.early.has(t.lower) ? { start: iso(y, m, 1), end: iso(y, m, 10) } : t.lower === 'mid' ? { start: iso(y, m, 11), end: iso(y, m, 20) } : { start: iso(y, m, 21), end: r.end };
        return { end: inner.end, range, hasYear: inner.hasYear };
      }
    }
    if (t.kind === 'word' && /^mid-/.test(t.lower)) {
      const mo = this.lang.months.get(t.lower.slice(4));
      if (mo) {
        const yr = this.resolveYear(ctx, mo, 15);
        return { end: i + 1, range: yr === null ? null : { start: iso(yr, mo, 11), end: iso(yr, mo, 20) }, hasYear: false };
      }
    }
    const rel = this.relative(tokens, i, ctx);
    if (rel) return rel;
    const abs = this.absolute(tokens, i, ctx, afterPreposition || this.monthNear(tokens, i) !== null);
    if (abs) return abs;
    // A bare year after a preposition: "in 2019", "since 2011"
    const y = isYear(t);
    if (y !== null && afterPreposition && !this.countFollows(tokens, i + 1)) {
      return { end: i + 1, range: { start: iso(y, 1, 1), end: iso(y, 12, 31) }, hasYear: true };
    }
    return null;
  }

  /** "the new ceasefire" → the date an earlier sentence gave a ceasefire. */
  private anchor(tokens: Token[], i: number, ctx: TimeContext): Partial | null {
    let j = i;
    if (tokens[j]?.lower === 'the') j++;
    for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
      const word = tokens[k]!.lower;
      if (this.lang.anchorNouns.has(word)) {
        let end = k + 1;
        if (this.lang.anchorNouns.has(tokens[end]?.lower ?? '')) end++;
        // "the offensive on September 19", "the outbreak began in March 2022": the date is right here
        let m = end;
        if (/^(began|started|erupted|broke|was|were|launched|signed|made)$/.test(tokens[m]?.lower ?? '')) m++;
        if (tokens[m]?.lower === 'out') m++;
        if (/^(on|in|of)$/.test(tokens[m]?.lower ?? '')) {
          const here = this.expression(tokens, m + 1, ctx, true);
          if (here?.range) return { end: here.end, range: { start: here.range.start, end: here.range.start }, hasYear: here.hasYear };
        }
        const first = tokens.slice(j, k).some((t) => t.lower === 'first');
        const list = ctx.anchors.get(word) ?? ctx.anchors.get(tokens[k + 1]?.lower ?? '') ?? ctx.anchors.get(ANCHOR_SYNONYMS[word] ?? '');
        const range = list ? (first ? list[0] : list[list.length - 1]) : undefined;
        if (!range) return null;
        return { end, range: { start: range.start, end: range.start }, hasYear: true };
      }
      if (tokens[k]!.kind !== 'word') break;
    }
    return null;
  }

  /** Every time expression in a sentence, left to right; updates the document's context. */
  recognise(tokens: Token[], ctx: TimeContext, text: string, sentenceStart: number): TimeMention[] {
    const out: TimeMention[] = [];
    const L = this.lang.time;
    const pub = ctx.published;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind === 'punct' || t.kind === 'code' || (t.kind === 'word' && !this.starters.has(t.lower) && !t.lower.startsWith('mid-'))) {
        i++;
        continue;
      }
      const prev = tokens[i - 1]?.lower ?? '';
      const prep = /^(in|on|since|during|until|till|by|of|from|to|between|before|after|through|throughout|as|for|early|late)$/.test(prev);
      let found: { start: number; end: number; range: DateRange | null } | null = null;
      // same period as before
      for (const phrase of L.samePeriod) {
        if (phrase.every((w, k) => tokens[i + k]?.lower === w) && ctx.lastInterval) {
          found = { start: i, end: i + phrase.length, range: ctx.lastInterval };
          break;
        }
      }
      if (!found && L.since.has(t.lower)) {
        const inner = this.expression(tokens, i + 1, ctx, true) ?? this.anchor(tokens, i + 1, ctx);
        if (inner) found = { start: i, end: inner.end, range: inner.range && pub ? { start: inner.range.start, end: pub } : null };
      }
      if (!found && t.lower === L.between) {
        const a = this.expression(tokens, i + 1, ctx, true);
        if (a && tokens[a.end]?.lower === 'and') {
          const b = this.expression(tokens, a.end + 1, ctx, true);
          if (b) found = { start: i, end: b.end, range: this.join(a, b) };
        }
        // "between 26 and 30 January": the first day borrows the second's month
        if (!found && dayOf(tokens[i + 1], this.lang) !== null && tokens[i + 2]?.lower === 'and') {
          const b = this.expression(tokens, i + 3, ctx, true);
          if (b?.range) {
            const d = dayOf(tokens[i + 1], this.lang)!;
            const start = iso(yearOf(b.range.start), monthOf(b.range.start), d);
            if (start <= b.range.start) found = { start: i, end: b.end, range: { start, end: b.range.end } };
          }
        }
      }
      if (!found) {
        const isFrom = t.lower === L.from;
        const a = this.expression(tokens, isFrom ? i + 1 : i, ctx, prep || isFrom);
        if (a) {
          const joiner = tokens[a.end];
          let range = a.range;
          let end = a.end;
          if (joiner?.lower === 'to' && tokens[a.end + 1]?.lower === 'date' && a.range && pub) {
            range = { start: a.range.start, end: pub };
            end = a.end + 2;
          } else if (joiner && L.until.has(joiner.lower) && joiner.lower !== 'and') {
            const b = this.expression(tokens, a.end + 1, ctx, true);
            if (b) {
              range = this.join(a, b);
              end = b.end;
            }
          }
          found = { start: i, end, range };
        } else if (isFrom && dayOf(tokens[i + 1], this.lang) !== null && L.until.has(tokens[i + 2]?.lower ?? '')) {
          // "from 1 to 5 March"
          const b = this.expression(tokens, i + 3, ctx, true);
          if (b?.range) {
            const start = iso(yearOf(b.range.start), monthOf(b.range.start), dayOf(tokens[i + 1], this.lang)!);
            if (start <= b.range.start) found = { start: i, end: b.end, range: { start, end: b.range.end } };
          }
        }
      }
      if (found) {
        const first = tokens[found.start]!;
        const last = tokens[found.end - 1]!;
        out.push({
          tokenStart: found.start,
          tokenEnd: found.end,
          start: first.start,
          end: last.end,
          text: text.slice(first.start - sentenceStart, last.end - sentenceStart),
          range: found.range,
        });
        if (found.range && found.range.start !== found.range.end) ctx.lastInterval = found.range;
        i = found.end;
      } else {
        i++;
      }
    }
    this.rememberAnchors(tokens, out, ctx);
    return out;
  }

  private join(a: Partial, b: Partial): DateRange | null {
    if (!a.range || !b.range) return null;
    let start = a.range.start;
    // "27 February – 5 March 2020": the first part borrows the second's year.
    if (!a.hasYear && b.hasYear && yearOf(start) !== yearOf(b.range.start)) start = iso(yearOf(b.range.start), monthOf(start), Number(start.slice(8)));
    return start <= b.range.end ? { start, end: b.range.end } : null;
  }

  /** "the ceasefire agreement made on March 5": remember that a ceasefire dates from March 5. */
  private rememberAnchors(tokens: Token[], mentions: TimeMention[], ctx: TimeContext): void {
    for (const m of mentions) {
      if (!m.range) continue;
      for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 7); k--) {
        const w = tokens[k]!.lower;
        if (this.lang.anchorNouns.has(w)) {
          const key = ANCHOR_SYNONYMS[w] ?? w;
          const list = ctx.anchors.get(key) ?? [];
          list.push(m.range);
          ctx.anchors.set(key, list);
        }
        if (tokens[k]!.text === '.' || tokens[k]!.text === ';') break;
      }
    }
  }
}
