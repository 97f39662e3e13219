/**
 * Time expressions in Arabic sentences, resolved like the English ones (time.ts) against
 * the publication date: "12 آذار/مارس 2024", "في مارس", "يوم الثلاثاء" (the last Tuesday
 * up to publication), "أمس", "الأسبوع الماضي" (the Monday–Sunday before), "الشهر الماضي",
 * "منذ بداية آب/أغسطس" (from 1 August to publication), "منذ 7 أكتوبر", "منذ بداية العام",
 * "خلال الساعات الـ24 الماضية". Month names are the Egyptian/Gulf and the Levantine ones,
 * often both: "آب/أغسطس".
 */
import { addDays, dayRange, iso, isValidDate, monthOf, monthRange, weekday, weekRange, yearOf, type DateRange } from '../../dates.ts';
import { bareForms, type ArToken } from './ar-tokens.ts';
import { MONTHS, WEEKDAYS } from './ar-words.ts';

export interface ArTimeMention {
  tokenStart: number;
  tokenEnd: number;
  range: DateRange | null;
  text: string;
}

/** Month names that are also ordinary words ("أب" father): only a month with a day or a cue. */
const AMBIGUOUS_MONTHS = new Set(['اب', 'ماي']);
const MONTH_CUES = new Set(['شهر', 'بدايه', 'مطلع', 'منتصف', 'نهايه', 'اواخر', 'اوايل', 'منذ', 'خلال', 'حتي']);
const BEGINNING = new Set(['بدايه', 'مطلع', 'اول']);
const DAY_PARTS = new Set(['يوم', 'مساء', 'صباح', 'ليله', 'فجر', 'ظهر']);

function monthAt(tokens: ArToken[], i: number): { month: number; end: number } | null {
  for (const m of MONTHS) {
    const ok = m.words.every((w, k) => {
      const t = tokens[i + k];
      return !!t && (k === 0 ? bareForms(t.fold).includes(w) : t.fold === w);
    });
    if (!ok) continue;
    let end = i + m.words.length;
    // "آب/أغسطس", "آذار (مارس)": the second name repeats the month.
    const sep = tokens[end];
    if (sep && (sep.text === '/' || sep.text === '(') && tokens[end + 1] && monthAt(tokens, end + 1)?.month === m.month) {
      end = monthAt(tokens, end + 1)!.end;
      if (tokens[end]?.text === ')') end++;
    }
    return { month: m.month, end };
  }
  return null;
}

function yearAt(t: ArToken | undefined): number | null {
  return t?.kind === 'number' && /^\d{4}$/.test(t.fold) && t.value! >= 1900 && t.value! <= 2100 ? t.value! : null;
}

export class ArabicTimes {
  /** The year of dates written without one: the last full date's, else the publication's. */
  year: number | null;

  constructor(private readonly published: string | null) {
    this.year = published ? yearOf(published) : null;
  }

  private yearFor(month: number, day: number): number | null {
    if (this.year === null) return null;
    if (this.published && this.year === yearOf(this.published) && iso(this.year, month, day) > this.published) return this.year - 1;
    return this.year;
  }

  recognise(tokens: ArToken[], text: string, offset: number): ArTimeMention[] {
    const out: ArTimeMention[] = [];
    const pub = this.published;
    const push = (start: number, end: number, range: DateRange | null): void => {
      out.push({ tokenStart: start, tokenEnd: end, range, text: text.slice(tokens[start]!.start - offset, tokens[end - 1]!.end - offset) });
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const forms = t.kind === 'word' ? bareForms(t.fold) : [t.fold];
      // منذ (بداية) …: from then to publication.
      if (forms.includes('منذ') && pub) {
        let j = i + 1;
        const beginning = BEGINNING.has(tokens[j]?.fold ?? '');
        if (beginning) j++;
        const found = this.pointAt(tokens, j, true);
        if (found?.range) {
          push(i, found.end, { start: found.range.start, end: pub });
          i = found.end - 1;
          continue;
        }
        const period = tokens[j]?.fold;
        if (beginning && (period === 'العام' || period === 'السنه' || period === 'الشهر' || period === 'الاسبوع')) {
          const start = period === 'الشهر' ? monthRange(yearOf(pub), monthOf(pub)).start : period === 'الاسبوع' ? weekRange(pub).start : iso(yearOf(pub), 1, 1);
          const end = tokens[j + 1]?.fold === 'الجاري' || tokens[j + 1]?.fold === 'الحالي' ? j + 2 : j + 1;
          push(i, end, { start, end: pub });
          i = end - 1;
          continue;
        }
      }
      const found = this.pointAt(tokens, i, false);
      if (found) {
        push(found.start ?? i, found.end, found.range);
        i = found.end - 1;
      }
    }
    return out;
  }

  /** A date, month, weekday or relative period starting at token i. */
  private pointAt(tokens: ArToken[], i: number, cued: boolean): { start?: number; end: number; range: DateRange | null } | null {
    const t = tokens[i];
    if (!t) return null;
    const pub = this.published;
    // 12 آذار/مارس 2024
    if (t.kind === 'number' && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= 31) {
      const m = monthAt(tokens, i + 1);
      if (m) {
        const year = yearAt(tokens[m.end]);
        const y = year ?? this.yearFor(m.month, t.value!);
        if (year !== null) this.year = year;
        const end = year !== null ? m.end + 1 : m.end;
        if (y === null || !isValidDate(y, m.month, t.value!)) return { end, range: null };
        return { end, range: dayRange(iso(y, m.month, t.value!)) };
      }
    }
    if (t.kind === 'word') {
      const forms = bareForms(t.fold);
      // (في) مارس (2024)
      const m = monthAt(tokens, i);
      if (m) {
        const prev = tokens[i - 1]?.fold ?? '';
        const ambiguous = AMBIGUOUS_MONTHS.has(forms.at(-1)!) || AMBIGUOUS_MONTHS.has(forms[0]!);
        const hasCue = cued || MONTH_CUES.has(prev) || prev === 'في' || m.end > i + 1;
        if (!ambiguous || hasCue) {
          const year = yearAt(tokens[m.end]);
          const y = year ?? this.yearFor(m.month, 1);
          if (y === null) return { end: m.end, range: null };
          return { end: year !== null ? m.end + 1 : m.end, range: monthRange(y, m.month) };
        }
      }
      // (يوم|مساء) الثلاثاء
      const part = DAY_PARTS.has(forms.at(-1)!) || DAY_PARTS.has(forms[0]!);
      const wdToken = part ? tokens[i + 1] : t;
      const wd = wdToken ? WEEKDAYS.get(wdToken.fold) ?? bareForms(wdToken.fold).map((f) => WEEKDAYS.get(f)).find((x) => x !== undefined) : undefined;
      if (wd !== undefined) {
        const end = part ? i + 2 : i + 1;
        return { end, range: pub ? dayRange(addDays(pub, -((weekday(pub) - wd + 7) % 7))) : null };
      }
      if (!pub) return null;
      if (forms.includes('امس')) {
        const before = tokens[i - 1]?.fold === 'اول';
        return { start: before ? i - 1 : i, end: i + 1, range: dayRange(addDays(pub, before ? -2 : -1)) };
      }
      if (part && tokens[i + 1]?.fold === 'امس') return { end: i + 2, range: dayRange(addDays(pub, -1)) };
      if (forms.includes('اليوم') && !/^(ذلك|نفسه)$/.test(tokens[i + 1]?.fold ?? '')) return { end: i + 1, range: dayRange(pub) };
      const period = forms.find((f) => f === 'الاسبوع' || f === 'الشهر' || f === 'العام' || f === 'السنه');
      const which = tokens[i + 1]?.fold;
      if (period && (which === 'الماضي' || which === 'الماضيه' || which === 'المنصرم' || which === 'المنصرمه')) {
        const range =
          period === 'الاسبوع'
            ? weekRange(addDays(weekRange(pub).start, -1))
            : period === 'الشهر'
              ? monthRange(monthOf(pub) === 1 ? yearOf(pub) - 1 : yearOf(pub), monthOf(pub) === 1 ? 12 : monthOf(pub) - 1)
              : { start: iso(yearOf(pub) - 1, 1, 1), end: iso(yearOf(pub) - 1, 12, 31) };
        return { end: i + 2, range };
      }
      if (period && (which === 'الجاري' || which === 'الحالي' || which === 'الحاليه')) {
        const start = period === 'الاسبوع' ? weekRange(pub).start : period === 'الشهر' ? monthRange(yearOf(pub), monthOf(pub)).start : iso(yearOf(pub), 1, 1);
        return { end: i + 2, range: { start, end: pub } };
      }
      // خلال الساعات الـ24 الماضية / الأيام الثلاثة الماضية
      if ((forms.includes('الساعات') || forms.includes('الايام')) && pub) {
        let j = i + 1;
        if (tokens[j]?.fold === 'ال' || tokens[j]?.text === 'الـ') j++;
        const n = tokens[j]?.kind === 'number' ? tokens[j]!.value : null;
        if (n !== null && (tokens[j + 1]?.fold === 'الماضيه' || tokens[j + 1]?.fold === 'الاخيره')) {
          const days = forms.includes('الساعات') ? Math.max(1, Math.round(n / 24)) : n;
          return { end: j + 2, range: { start: addDays(pub, -days), end: pub } };
        }
      }
      // عام 2023 / العام 2023
      if ((forms.includes('عام') || forms.includes('العام') || forms.includes('سنه')) && yearAt(tokens[i + 1]) !== null) {
        const y = yearAt(tokens[i + 1])!;
        this.year = y;
        return { end: i + 2, range: { start: iso(y, 1, 1), end: iso(y, 12, 31) } };
      }
    }
    return null;
  }
}
