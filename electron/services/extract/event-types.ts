/**
 * The event type of a claim, from the taxonomy in shared/domain/claim-types.ts (modelled
 * on ACLED's): the event words of the language pack nearest to the figure decide, the
 * counted thing first ("16 raids" is remote violence, "23 convoys" a troop movement).
 * Casualty words name the event only when nothing says how people died.
 */
import type { EventType } from '../../../shared/domain/claim-types.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import type { Token } from './tokenize.ts';

export class EventTyper {
  constructor(private readonly lang: LanguagePack) {}

  private readonly cache = new Map<string, { type: EventType; trigger: boolean } | null>();

  private typeOf(word: string): { type: EventType; trigger: boolean } | null {
    let found = this.cache.get(word);
    if (found === undefined) {
      found = null;
      for (const rule of this.lang.eventWords) {
        if (rule.pattern.test(word)) {
          found = { type: rule.type, trigger: rule.trigger };
          break;
        }
      }
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(word, found);
    }
    return found;
  }

  /** The type for a figure whose unit spans [unitStart, unitEnd) inside [from, to). */
  classify(tokens: Token[], unitStart: number, unitEnd: number, from: number, to: number): EventType {
    const type = this.classifyWords(tokens, unitStart, unitEnd, from, to);
    // people moving are displaced, not deployed
    const head = tokens[unitEnd - 1]?.lower ?? '';
    if (type === 'troop_movement' && this.lang.civilianNouns.has(head)) return 'displacement';
    // "rescue teams arrived with 160 tonnes of equipment": movement without soldiers is not a deployment
    if (type === 'troop_movement') {
      const military = tokens.slice(from, to).some((t) => /^(troops?|forces|military|army|soldiers?|convoys?|reinforcements?|columns?|patrols?|tanks?|armou?red|militias?|fighters|battalions?|brigades?|units?|warships?|jets?)$/.test(t.lower));
      if (!military) {
        const humanitarian = tokens.slice(from, to).some((t) => this.typeOf(t.lower)?.type === 'humanitarian');
        if (humanitarian) return 'humanitarian';
      }
    }
    // a casualty count stays one unless the clause says how people were hurt
    if (type === 'humanitarian' || type === 'other') {
      for (let i = unitStart; i < unitEnd; i++) if (this.typeOf(tokens[i]!.lower)?.type === 'casualties') return 'casualties';
    }
    return type;
  }

  private classifyWords(tokens: Token[], unitStart: number, unitEnd: number, from: number, to: number): EventType {
    const inUnit: EventType[] = [];
    for (let i = unitStart; i < unitEnd; i++) {
      const t = this.typeOf(tokens[i]!.lower);
      if (t) inUnit.push(t.type);
    }
    const decisive = inUnit.filter((t) => t !== 'casualties');
    if (decisive.length > 0) return decisive[decisive.length - 1]!;
    // nearest event word in the clause, casualty words last
    let best: { type: EventType; distance: number } | null = null;
    for (let i = from; i < to; i++) {
      if (i >= unitStart && i < unitEnd) continue;
      const t = this.typeOf(tokens[i]!.lower);
      // casualty words and agreement nouns ("the ceasefire") name the event only as a last resort
      if (!t || t.type === 'casualties' || t.type === 'other' || !t.trigger) continue;
      const distance = i < unitStart ? unitStart - i : i - unitEnd + 0.5;
      if (!best || distance < best.distance) best = { type: t.type, distance };
    }
    if (best) return best.type;
    if (inUnit.length > 0) return inUnit[0]!;
    for (let i = from; i < to; i++) if (this.typeOf(tokens[i]!.lower)?.type === 'casualties') return 'casualties';
    for (let i = from; i < to; i++) {
      const t = this.typeOf(tokens[i]!.lower);
      if (t) return t.type;
    }
    return 'other';
  }

  /** For a sentence without figures: the event it reports, if a trigger word says one happened. */
  eventOf(tokens: Token[]): { type: EventType; trigger: number } | null {
    const present = new Set<EventType>();
    for (const t of tokens) {
      const type = this.typeOf(t.lower)?.type;
      if (type) present.add(type);
    }
    // protesters and rioters make it a protest or a riot, whatever they did
    const crowd = present.has('riot') ? 'riot' : present.has('protest') ? 'protest' : null;
    // "Fighting near Palma forced …": an event noun opening the sentence
    const opening = this.typeOf(tokens[0]?.lower ?? '');
    if (opening?.trigger && tokens.length >= 5 && /(ing|es|s)$/.test(tokens[0]!.lower) && opening.type !== 'casualties' && opening.type !== 'humanitarian') {
      return { type: crowd ?? opening.type, trigger: 0 };
    }
    for (let i = 0; i < tokens.length; i++) {
      const word0 = tokens[i]!.lower;
      if (this.lang.aspectVerbs.has(word0) && i > 0) {
        for (let k = i - 1; k >= 0; k--) {
          const t = this.typeOf(tokens[k]!.lower);
          if (t && t.type !== 'casualties') return { type: crowd ?? t.type, trigger: i };
        }
      }
      const t = this.typeOf(tokens[i]!.lower);
      const word = tokens[i]!.lower;
      const infinitive = tokens[i - 1]?.lower === 'to';
      if (t?.trigger && !infinitive && (/ed$/.test(word) || this.lang.eventVerbs.has(word)) && !/^(reported|said|according|including|during)$/.test(word)) {
        // the type is the most specific event word of the sentence
        return { type: crowd ?? this.classify(tokens, i, i + 1, 0, tokens.length), trigger: i };
      }
    }
    return null;
  }
}
