/**
 * Who says it, in an Arabic sentence. Arabic reports put the verb first: "قال/أفاد/وثّق
 * المرصد السوري إن …" (the source is the noun phrase after the verb), "بحسب/وفقاً لـ X",
 * "نقلاً عن X" and "نقلت X عن Y" (Y is the source, X relays it), "وأضاف …" (the speaker of
 * the sentence before). The name keeps its Arabic spelling; the English label of a known
 * source (shared/domain/arabic-labels.ts) becomes one of its aliases.
 */
import { bareForms, type ArToken } from './ar-tokens.ts';
import { ACCORDING_TO, CONTINUATION_VERBS, RELAY_VERBS, SPEECH_VERBS, STOPS, WEEKDAYS } from './ar-words.ts';

export interface ArAttribution {
  source: string | null;
  via: string[];
  /** Tokens the names took (not places, not counted things). */
  taken: [number, number][];
}

const MAX_NAME = 8;
/** "قال مسؤول لوكالة فرانس برس": the outlet a speaker talked to relays the statement. */
const TOLD = /^ل(وكاله|قناه|صحيفه|موقع|تلفزيون|اذاعه|شبكه)$/;
/** What a source reports, right after its name: "وثّق المرصد مقتل …", "أفاد المركز بمقتل …". */
const REPORTED_NOUNS = new Set(['مقتل', 'اصابه', 'نزوح', 'دخول', 'سقوط', 'وصول', 'مصرع', 'تدمير', 'اعتقال', 'فرار', 'عوده', 'ارتفاع', 'تضرر', 'وقوع', 'استهداف', 'اسقاط']);
const PERSON_NOUNS = new Set(['مسوول', 'مصدر', 'ضابط', 'عضو', 'متحدث', 'طبيب', 'عامل', 'موظف', 'قيادي', 'ناشط', 'مسعف']);
/** "وأضافت المنظمة": a generic head that refers back to the source named before. */
const BACK_REFERENCES = new Set(['المنظمه', 'الوزاره', 'المكتب', 'المرصد', 'الوكاله', 'المتحدث', 'المصدر', 'المسوول', 'البيان', 'اللجنه', 'الشبكه', 'الجيش', 'المفوضيه']);

function isVerb(t: ArToken, set: ReadonlySet<string>): boolean {
  return t.kind === 'word' && bareForms(t.fold).some((f) => set.has(f));
}

function matchAt(tokens: ArToken[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => {
    const t = tokens[i + k];
    return !!t && (k === 0 ? bareForms(t.fold).includes(w) : t.fold === w);
  });
}

/** The noun phrase of a name from token i: words up to a stop word, a verb, a time word or punctuation. */
function nameAt(tokens: ArToken[], i: number, inTime: (i: number) => boolean, text: string, offset: number, attachedLam = false): { name: string; end: number } | null {
  let j = i;
  // "وفقاً لـ X", "وفقا ل X": the preposition written apart.
  if (tokens[j]?.fold === 'ل') j++;
  const first = j;
  while (j < tokens.length && j - first < MAX_NAME) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || inTime(j)) break;
    const forms = bareForms(t.fold);
    // "مسؤول في جهاز الإسعاف": a person's role keeps its organisation; "وزارة الصحة في غزة" stops at في.
    if (t.fold === 'في' && j === first + 1 && PERSON_NOUNS.has(tokens[first]!.fold) && tokens[j + 1]?.kind === 'word') {
      j++;
      continue;
    }
    if (j > first && forms.some((f) => REPORTED_NOUNS.has(f))) break;
    if (j > first && (forms.includes('نقلا') || forms.includes('بحسب') || forms.includes('وفقا'))) break;
    if (j > first && (STOPS.has(t.fold) || isVerb(t, SPEECH_VERBS) || WEEKDAYS.has(t.fold))) break;
    if (j === first && (STOPS.has(t.fold) || forms.includes('ان') || forms.includes('انه'))) return null;
    // "مسؤول محلي لوكالة رويترز": the outlet a speaker talked to is not part of the name.
    if (j > first && TOLD.test(t.fold)) break;

    j++;
  }
  if (j === first) return null;
  let name = text.slice(tokens[first]!.start - offset, tokens[j - 1]!.end - offset);
  const lead = tokens[first]!.fold;
  // "للأمم المتحدة" → "الأمم المتحدة"; "لوزارة الصحة" → "وزارة الصحة".
  if (lead.startsWith('لل') && lead.length > 3) name = 'ال' + name.slice(2);
  else if (lead.startsWith('ل') && lead.length > 3 && (attachedLam || tokens[first - 1]?.fold === 'وفقا' || tokens[first - 1]?.fold === 'طبقا')) name = name.slice(1);
  return { name, end: j };
}

export class ArabicAttribution {
  /** The last source named: "وأضاف" and a bare "وقالت إن" refer back to it. */
  private previous: string | null = null;

  reset(): void {
    this.previous = null;
  }

  attribute(tokens: ArToken[], inTime: (i: number) => boolean, text: string, offset: number): ArAttribution {
    const taken: [number, number][] = [];
    let source: string | null = null;
    const via: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const according = ACCORDING_TO.find((words) => matchAt(tokens, i, words));
      if (according) {
        const found = nameAt(tokens, i + according.length, inTime, text, offset);
        if (found) {
          // "ذكرت الجزيرة نقلاً عن مصادر": the earlier speaker relays.
          if (source && according[0] === 'نقلا') via.push(source);
          source = found.name;
          taken.push([i, found.end]);
          i = found.end - 1;
        }
        continue;
      }
      if (isVerb(t, CONTINUATION_VERBS) || isVerb(t, SPEECH_VERBS)) {
        const found = nameAt(tokens, i + 1, inTime, text, offset);
        if (!found) {
          if (!source && this.previous) source = this.previous;
          continue;
        }
        taken.push([i, found.end]);
        if (this.previous && found.end === i + 2 && BACK_REFERENCES.has(tokens[i + 1]!.fold) && isVerb(t, CONTINUATION_VERBS)) {
          if (!source) source = this.previous;
          i = found.end - 1;
          continue;
        }
        // "نقلت رويترز عن مسؤول": the one after عن is the source.
        if (isVerb(t, RELAY_VERBS) && tokens[found.end]?.fold === 'عن') {
          const relayed = nameAt(tokens, found.end + 1, inTime, text, offset);
          if (relayed) {
            via.push(found.name);
            source = relayed.name;
            taken.push([found.end, relayed.end]);
            i = relayed.end - 1;
            continue;
          }
        }
        if (!source) source = found.name;
        i = found.end - 1;
        // "قال X لوكالة فرانس برس إن": X told the outlet, which relays it.
        if (source === found.name && TOLD.test(tokens[found.end]?.fold ?? '')) {
          const outlet = nameAt(tokens, found.end, inTime, text, offset, true);
          if (outlet) {
            via.push(outlet.name);
            taken.push([found.end, outlet.end]);
            i = outlet.end - 1;
          }
        }
      }
    }
    if (source) this.previous = source;
    return { source, via, taken };
  }
}
