/**
 * Turns what an analyst types into a safe FTS5 query. User input never reaches FTS5's
 * own syntax: it is parsed here and every word is re-emitted as a quoted, folded token
 * (shared/domain/search-text.ts), so a stray quote, colon or bracket is either understood
 * or refused with a clear message, never an SQL error.
 *
 * Understood: words (all must match), "exact phrases", prefixes (convoy*), OR, NOT or a
 * leading minus to exclude (-rumour), and parentheses.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import { conjunctionForms } from '../../../shared/domain/arabic-clitics.ts';
import { searchWords } from '../../../shared/domain/search-text.ts';

/**
 * A run of folded words that must appear one after another; `prefix` widens the last one.
 * `firstForms`, when present, lists the forms the first word may take (an Arabic word with
 * the conjunction و or ف attached: shared/domain/arabic-clitics.ts).
 */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
  firstForms?: string[];
}

export interface ParsedQuery {
  /** The FTS5 MATCH expression. */
  match: string;
  /** The terms that must or may match (not the excluded ones): what hits highlight. */
  terms: SearchTerm[];
}

type Token =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string; prefix: boolean }
  | { kind: 'or' | 'and' | 'not' | 'minus' | 'open' | 'close' };

type Node =
  | { kind: 'term'; term: SearchTerm }
  | { kind: 'and'; positive: Node[]; negative: Node[] }
  | { kind: 'or'; items: Node[] };

const MAX_QUERY_TERMS = 64;

function invalid(message: string): ApiError {
  return new ApiError('invalid_input', message);
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"' || char === '\u201c' || char === '\u201d') {
      let end = i + 1;
      while (end < input.length && !'"\u201c\u201d'.includes(input[end]!)) end++;
      if (end >= input.length) throw invalid('The search has an opening quotation mark without a closing one.');
      const prefix = input[end + 1] === '*';
      tokens.push({ kind: 'phrase', text: input.slice(i + 1, end), prefix });
      i = end + (prefix ? 2 : 1);
    } else if (char === '(') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (char === ')') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (char === '-' && (i === 0 || /[\s(]/.test(input[i - 1]!)) && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      tokens.push({ kind: 'minus' });
      i++;
    } else {
      let end = i;
      while (end < input.length && !/[\s"()\u201c\u201d]/.test(input[end]!)) end++;
      const raw = input.slice(i, end);
      i = end;
      if (raw === 'OR' || raw === '|') tokens.push({ kind: 'or' });
      else if (raw === 'AND' || raw === '&') tokens.push({ kind: 'and' });
      else if (raw === 'NOT') tokens.push({ kind: 'not' });
      else {
        const prefix = raw.endsWith('*');
        tokens.push({ kind: 'word', text: prefix ? raw.replace(/\*+$/, '') : raw, prefix });
      }
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  termCount = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Node | null {
    const node = this.parseOr();
    if (this.position < this.tokens.length) throw invalid('The search has a closing parenthesis without an opening one.');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private parseOr(): Node | null {
    const items: Node[] = [];
    let node = this.parseAnd();
    if (node) items.push(node);
    while (this.peek()?.kind === 'or') {
      this.position++;
      node = this.parseAnd();
      if (!node) throw invalid('OR needs something to look for on both sides.');
      items.push(node);
    }
    if (items.length === 0) return null;
    if (items.length === 1) return items[0]!;
    return { kind: 'or', items };
  }

  private parseAnd(): Node | null {
    const positive: Node[] = [];
    const negative: Node[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.kind === 'or' || token.kind === 'close') break;
      if (token.kind === 'and') {
        this.position++;
        continue;
      }
      let negated = false;
      if (token.kind === 'not' || token.kind === 'minus') {
        negated = true;
        this.position++;
      }
      const operand = this.parseOperand();
      if (!operand) {
        if (negated) throw invalid('NOT (or -) must be followed by a word to leave out.');
        continue;
      }
      (negated ? negative : positive).push(operand);
    }
    if (positive.length === 0) {
      if (negative.length > 0) throw invalid('Add a word to look for: a search cannot consist only of words to leave out.');
      return null;
    }
    if (positive.length === 1 && negative.length === 0) return positive[0]!;
    return { kind: 'and', positive, negative };
  }

  private parseOperand(): Node | null {
    const token = this.peek();
    if (!token) return null;
    if (token.kind === 'open') {
      this.position++;
      const inner = this.parseOr();
      if (this.peek()?.kind !== 'close') throw invalid('The search has an opening parenthesis without a closing one.');
      this.position++;
      return inner;
    }
    if (token.kind === 'word' || token.kind === 'phrase') {
      this.position++;
      const words = searchWords(token.text).map((w) => w.word);
      if (words.length === 0) return null; // punctuation only: nothing to look for
      if (++this.termCount > MAX_QUERY_TERMS) throw invalid(`The search has more than ${MAX_QUERY_TERMS} terms; shorten it.`);
      const firstForms = conjunctionForms(words[0]!);
      const term: SearchTerm = firstForms.length > 1 ? { words, prefix: token.prefix, firstForms } : { words, prefix: token.prefix };
      return { kind: 'term', term };
    }
    if (token.kind === 'close') return null;
    throw invalid(`"${token.kind.toUpperCase()}" cannot stand here; put a word before and after it.`);
  }
}

function render(node: Node): string {
  switch (node.kind) {
    case 'term': {
      // Folded words hold only letters and digits: quoting them is always safe.
      const { words, prefix, firstForms } = node.term;
      const phrase = (first: string): string => `"${[first, ...words.slice(1)].join(' ')}"${prefix ? '*' : ''}`;
      if (!firstForms) return phrase(words[0]!);
      return `(${firstForms.map(phrase).join(' OR ')})`;
    }
    case 'or':
      return `(${node.items.map(render).join(' OR ')})`;
    case 'and': {
      const positive = node.positive.map(render).join(' AND ');
      const joined = node.positive.length > 1 ? `(${positive})` : positive;
      return node.negative.length === 0 ? joined : `(${joined}${node.negative.map((n) => ` NOT ${render(n)}`).join('')})`;
    }
  }
}

function collectTerms(node: Node, into: SearchTerm[]): void {
  if (node.kind === 'term') into.push(node.term);
  else if (node.kind === 'or') node.items.forEach((n) => collectTerms(n, into));
  else node.positive.forEach((n) => collectTerms(n, into));
}

export function parseSearchQuery(input: string): ParsedQuery {
  if (input.length > 1000) throw invalid('The search is longer than 1,000 characters; shorten it.');
  const tree = new Parser(lex(input)).parse();
  if (!tree) throw invalid('Type a word to search for.');
  const terms: SearchTerm[] = [];
  collectTerms(tree, terms);
  return { match: render(tree), terms };
}
