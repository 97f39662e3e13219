/**
 * What a claim counts, reduced to a concept of a small ontology so that two outlets'
 * wording can be compared: "columns" and "convoys" are the same thing, "armoured vehicles"
 * are vehicles (so they can be compared with "military vehicles", less surely than with
 * each other), "troops" are soldiers. A unit the ontology does not know is its own concept
 * (its head noun, singular), so "raids" still pairs with "raid".
 */

interface Concept {
  /** The broader concept, if any ("armoured_vehicle" → "vehicle"). */
  parent?: string;
  /** Counting it says little about what was counted ("people"): the event type must agree too. */
  generic?: boolean;
}

const CONCEPTS: Record<string, Concept> = {
  convoy: {},
  vehicle: {},
  armoured_vehicle: { parent: 'vehicle' },
  tank: { parent: 'armoured_vehicle' },
  truck: { parent: 'vehicle' },
  soldier: {},
  fighter: {},
  person: { generic: true },
  civilian: { parent: 'person' },
  child: { parent: 'person' },
  death: {},
  injury: {},
  displaced: { parent: 'person' },
  refugee: { parent: 'person' },
  strike: {},
  shell: {},
  patrol: {},
  post: {},
  family: {},
  home: {},
};

/** Terms (singular, lower case, British spelling) → concept. Longer terms win over their head. */
const TERMS: [string, string][] = [
  ['convoy', 'convoy'],
  ['column', 'convoy'],
  ['military column', 'convoy'],
  ['vehicle', 'vehicle'],
  ['armoured vehicle', 'armoured_vehicle'],
  ['armoured personnel carrier', 'armoured_vehicle'],
  ['apc', 'armoured_vehicle'],
  ['armour', 'armoured_vehicle'],
  ['tank', 'tank'],
  ['truck', 'truck'],
  ['lorry', 'truck'],
  ['soldier', 'soldier'],
  ['troop', 'soldier'],
  ['personnel', 'soldier'],
  ['serviceman', 'soldier'],
  ['servicemen', 'soldier'],
  ['fighter', 'fighter'],
  ['militant', 'fighter'],
  ['rebel', 'fighter'],
  ['insurgent', 'fighter'],
  ['people', 'person'],
  ['person', 'person'],
  ['individual', 'person'],
  ['resident', 'person'],
  ['civilian', 'civilian'],
  ['child', 'child'],
  ['children', 'child'],
  ['death', 'death'],
  ['dead', 'death'],
  ['fatality', 'death'],
  ['killed', 'death'],
  ['death toll', 'death'],
  ['body', 'death'],
  ['bodies', 'death'],
  ['casualty', 'death'],
  ['injured', 'injury'],
  ['wounded', 'injury'],
  ['injury', 'injury'],
  ['displaced', 'displaced'],
  ['displaced people', 'displaced'],
  ['displaced person', 'displaced'],
  ['idp', 'displaced'],
  ['refugee', 'refugee'],
  ['airstrike', 'strike'],
  ['air strike', 'strike'],
  ['air raid', 'strike'],
  ['raid', 'strike'],
  ['strike', 'strike'],
  ['sortie', 'strike'],
  ['shell', 'shell'],
  ['rocket', 'shell'],
  ['missile', 'shell'],
  ['mortar', 'shell'],
  ['patrol', 'patrol'],
  ['observation post', 'post'],
  ['observation point', 'post'],
  ['outpost', 'post'],
  ['family', 'family'],
  ['families', 'family'],
  ['home', 'home'],
  ['house', 'home'],
];

const TERM_CONCEPT = new Map(TERMS);
const LONGEST_TERM = Math.max(...TERMS.map(([t]) => t.split(' ').length));

/** Words that head an "X of Y" phrase without being what is counted ("thousands of soldiers"). */
const COLLECTIVE = new Set(['thousand', 'hundred', 'dozen', 'million', 'number', 'total', 'group', 'batch', 'wave', 'lot', 'score', 'tens', 'ten']);

function singular(word: string): string {
  if (TERM_CONCEPT.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function words(unit: string): string[] {
  return unit
    .toLowerCase()
    .replace(/armor/g, 'armour')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(singular);
}

const memo = new Map<string, string | null>();

/** The concept a unit phrase counts, or null for an empty unit. */
export function unitConcept(unit: string | null): string | null {
  if (!unit) return null;
  const known = memo.get(unit);
  if (known !== undefined) return known;
  let tokens = words(unit);
  // "convoys of Turkish army reinforcements": the head comes before "of", unless it is a collective.
  const of = tokens.indexOf('of');
  if (of > 0) {
    const before = tokens.slice(0, of);
    tokens = COLLECTIVE.has(before[before.length - 1]!) ? tokens.slice(of + 1) : before;
  }
  // English heads come last: the rightmost known term wins, the longest at that position.
  let concept: string | null = null;
  let bestEnd = -1;
  for (let end = tokens.length; end > 0 && concept === null; end--) {
    for (let size = Math.min(LONGEST_TERM, end); size >= 1; size--) {
      const hit = TERM_CONCEPT.get(tokens.slice(end - size, end).join(' '));
      if (hit) {
        concept = hit;
        bestEnd = end;
        break;
      }
    }
  }
  // A term followed by another word it qualifies ("killed people") still counts the later, generic head.
  if (concept === null) concept = tokens.length > 0 ? `word:${tokens[tokens.length - 1]}` : null;
  else if (bestEnd < tokens.length && CONCEPTS[concept]?.generic) concept = `word:${tokens[tokens.length - 1]}`;
  memo.set(unit, concept);
  return concept;
}

function ancestors(concept: string): string[] {
  const out = [concept];
  let parent = CONCEPTS[concept]?.parent;
  while (parent) {
    out.push(parent);
    parent = CONCEPTS[parent]?.parent;
  }
  return out;
}

/**
 * How well two units match: 1 for the same concept, 0.7 when one is a kind of the other
 * ("armoured vehicles" / "vehicles"), 0 otherwise.
 */
export function unitCompatibility(a: string | null, b: string | null): number {
  const ca = unitConcept(a);
  const cb = unitConcept(b);
  if (ca === null || cb === null) return 0;
  if (ca === cb) return 1;
  if (ancestors(ca).includes(cb) || ancestors(cb).includes(ca)) return 0.7;
  return 0;
}

/** Whether the concept is too generic to pair without the event type ("people"). */
export function isGenericUnit(unit: string | null): boolean {
  const concept = unitConcept(unit);
  return concept !== null && CONCEPTS[concept]?.generic === true;
}

/** The broadest concept above a unit's: units that can match share it (used to bucket claims). */
export function rootConcept(unit: string | null): string | null {
  const concept = unitConcept(unit);
  if (concept === null) return null;
  const chain = ancestors(concept);
  return chain[chain.length - 1]!;
}
