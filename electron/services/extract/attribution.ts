/**
 * Who a figure is attributed to, and who relayed it. Speech verbs ("X said", "X
 * reported", "X documented", ", said X"), "according to X", citations ("X cited unnamed
 * reports as saying", "X, citing Y") and article-level credit lines ("(Updated with
 * information from X)") make a chain per sentence: the innermost speaker is the source,
 * the ones around it relayed it (`via`, nearest first). Acronyms are joined to their full
 * names ("the SOHR" = "Syrian Observatory for Human Rights (SOHR)"), and short forms
 * ("the Syrian Observatory", "the observatory") to a full name met earlier.
 */
import type { LanguagePack } from './lang/language-pack.ts';
import type { Token } from './tokenize.ts';

export type SourceKind = 'outlet' | 'organisation' | 'agency' | 'government' | 'person' | 'unnamed' | 'other';

export interface Speaker {
  name: string;
  /** The words as written ("the SOHR"). */
  written: string;
  tokenStart: number;
  tokenEnd: number;
  /** Token of the verb (or of "according"). */
  verb: number;
  /** The statement this speaker makes starts after this token… */
  scopeStart: number;
  /** …and ends before this one. */
  scopeEnd: number;
  /** The speaker only relays (a citing outlet). */
  relay: boolean;
}

export interface Attribution {
  source: string | null;
  via: string[];
  /** Token index of the source's verb, for "said on Tuesday". */
  sourceVerb: number | null;
  relayVerbs: number[];
}

const NAME_CONNECTORS = new Set(['for', 'of', 'the', 'and', 'on', 'de', 'du', 'des', 'al', 'el', 'in', 'to', '&']);

export class AcronymTable {
  /** ACRONYM → full name. */
  readonly full = new Map<string, string>();
  /** Full names met so far (for short forms). */
  readonly names: string[] = [];
  /** The last source named in the document ("…, it said" refers to it). */
  lastSpeaker: string | null = null;
  add(name: string, acronym: string | null): void {
    if (acronym) this.full.set(acronym, name);
    if (!this.names.includes(name)) this.names.push(name);
  }
  private readonly lowered = new Map<string, string>();
  /** The name in lower case (memoised). */
  lower(name: string): string {
    let l = this.lowered.get(name);
    if (l === undefined) {
      l = name.toLowerCase();
      this.lowered.set(name, l);
    }
    return l;
  }
  aliasesOf(name: string): string[] {
    return [...this.full.entries()].filter(([, n]) => n === name).map(([a]) => a);
  }
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Finds "Full Name (ACR)" and "ACR (Full Name)" in a text. */
export function findAcronyms(text: string, table: AcronymTable): void {
  const re = /((?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|on|de|al)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|on|de|al|in|to)){1,10})\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}&./-]{1,11})\s*\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const acronym = m[2]!.replace(/\./g, '');
    let words = m[1]!.split(/\s+/);
    // Trim the name from the left until its initials can make the acronym.
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    while (words.length > 1) {
      const candidate = words.join(' ');
      const init = initials(candidate);
      if (init.startsWith(letters[0] ?? '') && isSubsequence(letters, init)) break;
      words = words.slice(1);
    }
    while (words.length > 1 && /^(the|of|for|and)$/i.test(words[0]!)) words = words.slice(1);
    // "the UN Office for the Coordination of Humanitarian Affairs (OCHA)": keep the UN
    const all = m[1]!.split(/\s+/);
    const dropped = all.slice(0, all.length - words.length);
    if (dropped.length > 0 && /^(UN|U\.N\.|EU|US|U\.S\.)$/.test(dropped[dropped.length - 1]!)) words = [dropped[dropped.length - 1]!, ...words];
    const name = words.join(' ');
    if (words.length >= 2 && isSubsequence(letters, initials(name)) && letters.length >= 2) table.add(name, acronym);
  }
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === needle[i]) i++;
  return i === needle.length;
}

export class AttributionFinder {
  /** First words of the "according to" phrases, to skip other tokens fast. */
  private readonly openers: Set<string>;
  constructor(private readonly lang: LanguagePack) {
    this.openers = new Set(lang.accordingTo.map((p) => p[0]!));
  }

  /** The credit line of an article ("(Updated with information from X)"), if `line` is one. */
  creditLine(line: string): string | null {
    const m = this.lang.creditLine.exec(line);
    return m ? m[1]!.replace(/[.)\s]+$/, '').trim() : null;
  }

  /** Canonical name of a source as written, using the document's acronyms and names. */
  canonical(written: string, table: AcronymTable): string {
    let name = written.replace(/^(the|a|an)\s+/i, '').replace(/['’]s$/, '').trim();
    const acr = /\(\s*([\p{Lu}&.]{2,12})\s*\)$/u.exec(name);
    if (acr) {
      if (table.full.has(acr[1]!)) return table.full.get(acr[1]!)!;
      name = name.slice(0, acr.index).trim();
    }
    if (table.full.has(name)) return table.full.get(name)!;
    if (table.full.has(name.replace(/\./g, ''))) return table.full.get(name.replace(/\./g, ''))!;
    // "the IOM" after "(Updated with information from the International Organization for Migration)"
    if (/^\p{Lu}{2,6}$/u.test(name)) {
      const full = table.names.find((n) => initials(n) === name || initials(n.replace(/^(UN|U\.N\.)\s+/, '')) === name);
      if (full) {
        table.full.set(name, full);
        return full;
      }
    }
    const lower = name.toLowerCase();
    const words = name.split(/\s+/).length;
    const headWord = words === 1 && !/\p{Lu}/u.test(name);
    for (const full of table.names) {
      const fl = table.lower(full);
      if (fl === lower) return full;
      if (words >= 2 && fl.startsWith(lower + ' ')) return full;
      // "the observatory", "the monitor": the head word of a name met earlier
      if (headWord && (fl.endsWith(' ' + lower) || fl.includes(' ' + lower + ' ') || fl.startsWith(lower + ' '))) return full;
    }
    return name;
  }

  private readonly kinds = new Map<string, SourceKind>();

  /** What kind of source a name is (memoised: the same names recur). */
  kindOf(name: string): SourceKind {
    let kind = this.kinds.get(name);
    if (kind === undefined) {
      kind = this.classifyKind(name);
      if (this.kinds.size > 10_000) this.kinds.clear();
      this.kinds.set(name, kind);
    }
    return kind;
  }

  private classifyKind(name: string): SourceKind {
    const lower = name.toLowerCase();
    if (/\b(unnamed|anonymous|unidentified)\b/.test(lower) || /^(sources?|reports?|witnesses|residents|activists|local sources)$/.test(lower)) return 'unnamed';
    if (/\b(reuters|associated press|afp|agence france|anadolu|xinhua|tass|ria|sana|dpa|efe|ansa|interfax|news agency|press agency)\b/.test(lower)) return 'agency';
    if (/\b(monitor|news|times|post|tv|television|radio|media|outlets?|gazette|journal|herald|daily|weekly|press|channel|al jazeera|bbc|cnn|broadcaster|guardian|telegraph|tribune|magazine|wire|blog)\b/.test(lower)) return 'outlet';
    if (/\b(ministry|minister|government|president|presidency|army|armed forces|military|police|governor|spokes(?:man|woman|person)|office of|authorities|forces|command|cabinet|parliament|embassy|mayor)\b/.test(lower)) return 'government';
    if (/\b(observatory|organi[sz]ation|committee|council|institute|united nations|un |unhcr|ocha|who|unicef|icrc|red cross|red crescent|amnesty|human rights watch|ngo|group|watch|network|centre|center|foundation|agency|programme|program|office|commission|union|association|msf|médecins)\b/.test(lower)) return 'organisation';
    const words = name.split(/\s+/);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return 'person';
    return 'other';
  }

  private nameOk(tokens: Token[], s: number, e: number): boolean {
    if (e <= s) return false;
    const words = tokens.slice(s, e).filter((t) => t.kind === 'word');
    if (words.length === 0) return false;
    if (words.length === 1 && this.lang.pronouns.has(words[0]!.lower)) return false;
    const last = words[words.length - 1]!;
    const hasCapital = words.some((w) => w.capital && !(w === words[0] && /^(the|a|an)$/i.test(w.text)));
    return hasCapital || this.lang.sourceNouns.has(last.lower) || tokens[e - 1]?.text === ')';
  }

  /** The noun phrase that ends right before token `end` (exclusive), read leftwards. */
  private nameBefore(tokens: Token[], end: number): [number, number] | null {
    let e = end;
    while (e > 0 && /^(has|have|had|was|were|is|are|also|reportedly|earlier|later|previously|separately|further|then|had|would|will|has|on)$/.test(tokens[e - 1]!.lower) && tokens[e - 1]!.lower !== 'on') e--;
    let s = e;
    // acronym in parentheses at the end: "… Rights (SOHR)"
    if (tokens[s - 1]?.text === ')' && tokens[s - 3]?.text === '(') s -= 3;
    while (s > 0) {
      const t = tokens[s - 1]!;
      if (t.kind === 'word' && !this.lang.speechVerbs.has(t.lower) && !this.lang.citeVerbs.has(t.lower) && !/^(that|which|who|while|and|but|as|when|after|before|because|said|if)$/.test(t.lower)) {
        // "for", "of the" only between the words of a name ("Committee of the Red Cross")
        if (NAME_CONNECTORS.has(t.lower)) {
          const right = tokens[s];
          const left = tokens[s - 2];
          const nameWord = (x: Token | undefined): boolean => !!x && (x.capital || NAME_CONNECTORS.has(x.lower));
          if (!right || !nameWord(right) || !nameWord(left)) break;
        }
        // lowercase words only as modifiers of a head that is a name or a source noun ("Turkish media outlets", "the regional council")
        if (!t.capital && !NAME_CONNECTORS.has(t.lower) && s < e) {
          const head = tokens[e - 1]!;
          const headOk = head.capital || head.text === ')' || this.lang.sourceNouns.has(head.lower);
          if (!headOk || this.lang.phraseStops.has(t.lower) || /ly$/.test(t.lower) || e - s >= 7) break;
        }
        s--;
        continue;
      }
      if (t.kind === 'code' && t.capital) {
        s--;
        continue;
      }
      break;
    }
    while (s < e && NAME_CONNECTORS.has(tokens[s]!.lower) && tokens[s]!.lower !== 'the') s++;
    return this.nameOk(tokens, s, e) ? [s, e] : null;
  }

  /** The noun phrase starting at token `start`, read rightwards to a comma or the end. */
  private nameAfter(tokens: Token[], start: number): [number, number] | null {
    let e = start;
    while (e < tokens.length) {
      const t = tokens[e]!;
      if (t.text === '(' && tokens[e + 2]?.text === ')') {
        e += 3;
        continue;
      }
      if (t.kind !== 'word' && t.kind !== 'code') break;
      if (/^(that|which|who|as|on|in|said|says|reported|told|while|when|because|after|before)$/.test(t.lower) && e > start) break;
      if (this.lang.weekdays.has(t.lower) || (this.lang.months.has(t.lower) && t.capital)) break;
      e++;
    }
    return this.nameOk(tokens, start, e) ? [start, e] : null;
  }

  /** Speakers of a sentence (see Speaker), resolved to canonical names. */
  speakers(tokens: Token[], text: string, offset: number, table: AcronymTable): Speaker[] {
    const out: Speaker[] = [];
    const span = (s: number, e: number): string => text.slice(tokens[s]!.start - offset, tokens[e - 1]!.end - offset);
    const add = (s: number, e: number, verb: number, scopeStart: number, scopeEnd: number, relay: boolean, resolvedName?: string): void => {
      const written = span(s, e);
      const name = resolvedName ?? this.canonical(written, table);
      if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !table.names.includes(name)) table.names.push(name);
      if (!relay && !resolvedName) table.lastSpeaker = name;
      out.push({ name, written, tokenStart: s, tokenEnd: e, verb, scopeStart, scopeEnd, relay });
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // according to X / citing X / quoting X
      for (const phrase of this.openers.has(t.lower) ? this.lang.accordingTo : []) {
        // "per" attributes only as ", per the ministry" (not "per month", "per Month")
        const perOk = t.lower !== 'per' || (tokens[i - 1]?.text === ',' && (tokens[i + 1]?.capital || tokens[i + 1]?.lower === 'the'));
        if (phrase.every((w, k) => tokens[i + k]?.lower === w) && perOk) {
          let s = i + phrase.length;
          if (tokens[s]?.lower === 'a' && tokens[s + 1]?.lower === 'statement') s += 2;
          const np = this.nameAfter(tokens, s);
          if (np) {
            const relayer = this.lang.citeVerbs.has(t.lower) ? this.nameBefore(tokens, tokens[i - 1]?.text === ',' ? i - 1 : i) : null;
            if (relayer) add(relayer[0], relayer[1], i, 0, tokens.length, true);
            add(np[0], np[1], i, 0, tokens.length, false);
            i = np[1] - 1;
          }
        }
      }
      if (t.kind !== 'word') continue;
      // X cited/quoted Y (as saying)
      if (this.lang.citeVerbs.has(t.lower) && !/^(citing|quoting)$/.test(t.lower)) {
        const x = this.nameBefore(tokens, i);
        const y = this.nameAfter(tokens, i + 1);
        if (x && y) {
          add(x[0], x[1], i, i, tokens.length, true);
          add(y[0], y[1], i, y[1], tokens.length, false);
          i = y[1] - 1;
          continue;
        }
      }
      if (!this.lang.speechVerbs.has(t.lower)) continue;
      // ", said the ministry." — inverted, at the end
      if (tokens[i - 1]?.text === ',' && tokens[i + 1]) {
        const np = this.nameAfter(tokens, i + 1);
        if (np && (np[1] >= tokens.length - 1 || /^[.,;]$/.test(tokens[np[1]]!.text))) {
          add(np[0], np[1], i, 0, i - 1, false);
          continue;
        }
      }
      let np = this.nameBefore(tokens, i);
      let pronoun: string | undefined;
      let appositive = false;
      // "The UN refugee agency, UNHCR, warned": the appositive name
      if (!np && tokens[i - 1]?.text === ',') {
        const ap = this.nameBefore(tokens, i - 1);
        if (ap && tokens[ap[0] - 1]?.text === ',') {
          np = ap;
          appositive = true;
        }
      }
      // "…, it said": the last source the document named
      if (!np) {
        let k = i - 1;
        while (k >= 0 && /^(has|have|had|also|then|later|added)$/.test(tokens[k]!.lower)) k--;
        if (k >= 0 && /^(it|they|he|she)$/.test(tokens[k]!.lower) && table.lastSpeaker) {
          np = [k, k + 1];
          pronoun = table.lastSpeaker;
        }
      }
      if (!np) continue;
      const told = t.lower === 'told' ? this.nameAfter(tokens, i + 1) : null;
      // trailing ", X said." covers what comes before it; a leading "X said" what follows
      const beforeName = /^(the|a|an)$/.test(tokens[np[0] - 1]?.lower ?? '') ? np[0] - 2 : np[0] - 1;
      const trailing = !appositive && tokens[beforeName]?.text === ',' && beforeName > 1;
      if (trailing) add(np[0], np[1], i, 0, beforeName, false, pronoun);
      else add(np[0], np[1], i, i, tokens.length, false, pronoun);
      if (told) add(told[0], told[1], i, trailing ? 0 : i, trailing ? beforeName : tokens.length, true);
    }
    return out;
  }

  /** The chain for a figure at token `at`. */
  attribute(speakers: Speaker[], at: number): Attribution {
    const covering = speakers.filter((s) => at >= s.scopeStart && at < s.scopeEnd && !(at >= s.tokenStart && at < s.tokenEnd));
    if (covering.length === 0) return { source: null, via: [], sourceVerb: null, relayVerbs: [] };
    // Innermost first: the latest scope start; a relay never outranks a speaker it cites.
    const ordered = [...covering].sort((a, b) => b.scopeStart - a.scopeStart || Number(a.relay) - Number(b.relay) || b.verb - a.verb);
    const source = ordered.find((s) => !s.relay) ?? ordered[0]!;
    const via: string[] = [];
    const relayVerbs: number[] = [];
    for (const s of ordered) {
      if (s === source) continue;
      if (s.name === source.name) continue;
      if (!via.includes(s.name)) via.push(s.name);
      relayVerbs.push(s.verb);
    }
    return { source: source.name, via, sourceVerb: source.verb, relayVerbs };
  }
}
