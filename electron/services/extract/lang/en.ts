/** The English language pack (see language-pack.ts). */
import type { EventType, Qualifier } from '../../../../shared/domain/claim-types.ts';
import type { LanguagePack, PhraseRule } from './language-pack.ts';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

const SCALES = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['k', 1e3],
]);

function phrases<T>(list: [string, T][]): PhraseRule<T>[] {
  return list
    .map(([text, value]) => ({ words: text.split(' '), value }))
    .sort((a, b) => b.words.length - a.words.length);
}

const QUALIFIERS = phrases<Qualifier>([
  ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['in excess of', 'more_than'],
  ['upwards of', 'more_than'], ['exceeding', 'more_than'], ['just over', 'more_than'], ['well over', 'more_than'],
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['a minimum of', 'at_least'], ['not less than', 'at_least'],
  ['fewer than', 'fewer_than'], ['less than', 'fewer_than'], ['under', 'fewer_than'], ['below', 'fewer_than'], ['just under', 'fewer_than'],
  ['up to', 'at_most'], ['at most', 'at_most'], ['no more than', 'at_most'], ['a maximum of', 'at_most'], ['as many as', 'at_most'], ['not more than', 'at_most'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx', 'about'], ['roughly', 'about'], ['nearly', 'about'],
  ['almost', 'about'], ['close to', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['an approximate', 'about'],
  ['circa', 'about'], ['ca', 'about'], ['an average of', 'about'], ['just about', 'about'],
]);

const VAGUE = phrases<number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9],
  ['tens of thousands', 1e4], ['hundreds of thousands', 1e5], ['tens of millions', 1e7], ['hundreds of millions', 1e8],
  ['several dozen', 24], ['several hundred', 200], ['several thousand', 2000], ['several million', 2e6],
  ['a few dozen', 24], ['a few hundred', 200], ['a few thousand', 2000], ['a few million', 2e6],
  ['many thousands', 1000], ['many hundreds', 100],
]);

const MONTHS = new Map<string, number>();
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((m, i) => {
  MONTHS.set(m, i + 1);
  if (m !== 'may') MONTHS.set(m.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);

const WEEKDAYS = new Map<string, number>(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i] as [string, number]),
);

const EVENT_WORDS: { pattern: RegExp; type: EventType; trigger: boolean }[] = [
  // Agreements first: "ceasefire agreement" is an agreement even when it mentions fighting.
  { pattern: /^(ceasefire|cease-fire|truce|armistice|accord|agreement|deal|memorandum|treaty|peace)s?$/, type: 'agreement', trigger: false },
  { pattern: /^(signed|agreed|brokered)$/, type: 'agreement', trigger: true },
  { pattern: /^(air ?strikes?|airstrikes?|strikes?|raids?|bombs?|bombing|bombings|bombed|bombarded|bombardment|shelling|shelled|shells|rockets?|missiles?|drones?|mortars?|explosions?|exploded|blasts?|ieds?|artillery|barrel|landmines?|mines|grenades?|suicide)$/, type: 'explosion_remote_violence', trigger: true },
  { pattern: /^(massacred?|massacres|beheaded|beheadings?|executed|executions?|abducted|abductions?|kidnapped|kidnappings?|tortured|looted)$/, type: 'violence_against_civilians', trigger: true },
  { pattern: /^(clash|clashes|clashed|fighting|fought|battles?|battled|offensive|ambush|ambushed|attacked|assault|assaulted|captured|recaptured|retook|retaken|seized|overran|stormed|advanced|repelled|besieged|siege|attacks?|gunmen|gunfire)$/, type: 'battle', trigger: true },
  { pattern: /^(protests?|protested|protesters|protestors|demonstrations?|demonstrators|demonstrated|rally|rallies|rallied|marched|sit-in|strike-action)$/, type: 'protest', trigger: true },
  { pattern: /^(riots?|rioted|rioters|rioting|looting|mob)$/, type: 'riot', trigger: true },
  { pattern: /^(displaced|displacement|fled|fleeing|refugees?|idps?|evacuated|evacuation|evacuees|uprooted|homeless|asylum|returnees|returned|migrants?|camps?|shelters?|sheltering)$/, type: 'displacement', trigger: true },
  { pattern: /^(convoys?|reinforcements?|deployed|deployment|deploying|troops|columns?|patrols?|withdrew|withdrawal|withdrawn|redeployed|mobilised|mobilized|stationed|entered|sent|dispatched|arrived|crossed|headed|moved|convoy)$/, type: 'troop_movement', trigger: true },
  { pattern: /^(aid|assistance|humanitarian|food|rescue|rescuers|rehabilitated|rebuilt|reconstruction|repaired|hospitals?|clinics?|facilities|vaccinated|vaccines?|funding|funds|donated|pledged|relief|famine|malnutrition|malnourished|cholera|outbreak|epidemic|cases|rations|water|meals|tents)$/, type: 'humanitarian', trigger: true },
  { pattern: /^(killed|dead|deaths?|died|wounded|injured|injuries|casualties|fatalities|toll|bodies|martyrs?|lives)$/, type: 'casualties', trigger: true },
  { pattern: /^(suspended|suspension|controlled|blocked|blockaded|arrested|arrests|detained|detentions?|released|appointed|announced|established|launched|imposed|closed|reopened|surrendered|defected|exchanged|resigned|banned|sanctions|curfew|elections?|elected|halted|captured)$/, type: 'strategic_development', trigger: true },
  { pattern: /^(earthquakes?|quakes?|floods?|flooding|flooded|storms?|cyclones?|hurricanes?|landslides?|collapsed|struck|erupted|drought)$/, type: 'other', trigger: true },
];

export const en: LanguagePack = {
  code: 'en',
  numberWords: NUMBER_WORDS,
  scales: SCALES,
  numberJoiners: words('and'),
  fractions: new Map([['half', 0.5], ['quarter', 0.25], ['third', 1 / 3]]),
  vague: VAGUE,
  qualifiers: QUALIFIERS,
  rangeJoiners: words('to or - – — −'),
  betweenWords: { open: 'between', join: 'and' },
  months: MONTHS,
  weekdays: WEEKDAYS,
  ordinalSuffix: /^(st|nd|rd|th)$/i,
  ordinalWords: words('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth thousandth'),
  durationUnits: words('second seconds minute minutes hour hours hrs hr day days week weeks month months year years decade decades century centuries night nights'),
  labelWords: words(
    'magnitude article articles resolution resolutions section sections chapter chapters page pages p pp paragraph paragraphs para clause clauses item items no nos number phase level point route highway road flight gate sector block building unit station post checkpoint camp room ward terminal hall platform line lane exit junction km kilometre marker channel code version volume vol issue edition part figure fig table annex appendix note footnote rule protocol amendment platoon squadron corps division brigade regiment battalion group district zone area region',
  ),
  phraseStops: words(
    'in on at into onto from to for with by via since during near across toward towards over under between after before through against within without about around including amid amidst despite as per like than upon off out up down along behind beyond inside outside throughout until till' +
      ' and or but nor while whereas that which who whom whose where when whether if because so yet though although' +
      ' is are was were be been being am has have had having do does did will would can could may might shall should must' +
      ' said says say reported reports told added noted stated claimed according' +
      ' the a an this these those that its their his her our your my' +
      ' it they he she we you i them him us me' +
      ' not no also only just still already now then there here more less most least very too',
  ),
  finiteVerbs: words(
    'fled left remain remains remained die dies died live lives lived need needs face faces include includes continue continues held hold holds went go goes came come comes took take takes fell fall falls rose rise rises fought got gets made make makes gave give gives saw see sees lost lose loses kept keep keeps began begin begins ran run runs stood stand stands sought seek seeks met meet meets lay lie lies fly flew flies sat sit sits slept sleep sleeps spent spend spends wait waits await awaits stay stays arrive arrives return returns flee flees cross crosses move moves',
  ),
  participleAdjectives: words(
    'armoured armored armed unmanned guided improvised displaced internally wounded injured detained missing fighting displaced-persons military-owned registered trained unaccompanied affected damaged destroyed abandoned besieged reported confirmed estimated suspected alleged additional related upgraded modified fortified self-propelled tracked wheeled unexploded fixed mounted',
  ),
  collectiveNouns: words(
    'convoy convoys column columns group groups unit units round rounds ton tons tonne tonnes barrel barrels batch batches busload busloads truckload truckloads family families case cases box boxes sack sacks package packages wave waves battalion battalions company companies brigade brigades squad squads piece pieces kilogram kilograms kg litre litres liter liters shipment shipments consignment consignments load loads bag bags crate crates parcel parcels lorry lorries truck trucks',
  ),
  countVerbs: words(
    'risen rose rise rises climbed climbs reached reaches reach hit hits stood stands stand increased increases jumped jumps grew grown grows totalled totaled totals totalling totaling numbered numbering numbers amounted amounts surpassed exceeded exceeds topped tops passed passes',
  ),
  countNouns: words('toll tally total number count figure'),
  currencies: new Map([
    ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'],
    ['€', 'EUR'], ['eur', 'EUR'], ['euros', 'EUR'], ['euro', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['pounds', 'GBP'],
  ]),
  percentWords: words('% percent per-cent pct'),
  speechVerbs: words(
    'said says say reported reports documented documents announced announces stated states claimed claims confirmed confirms told tells added adds noted notes estimated estimates estimate wrote writes tweeted posted warned warns alleged alleges revealed reveals verified verifies',
  ),
  accordingTo: [['according', 'to'], ['citing'], ['quoting'], ['per']],
  citeVerbs: words('cited cites quoted quotes citing quoting'),
  creditLine: /^\s*\(?\s*(?:updated|adds|recasts|writes through)\b[^()\n]*?\b(?:with|from)\s+(?:information|details|figures|comment|reporting)\s+(?:from|by)\s+(?:the\s+)?([^()\n]+?)\s*\)?\s*$/i,
  sourceNouns: words(
    'administrator council staff bureau force forces office commission service ministry department officials official sources source witnesses witness residents resident activists activist media outlets outlet reports report monitors monitor analysts medics doctors police army military ministry spokesman spokeswoman spokesperson statement government authorities observers observer journalists correspondents agencies agency officers commanders commander',
  ),
  pronouns: words('it they he she we i this'),
  locatives: words('in into near at from towards toward outside around across via through inside within throughout to on onto along off between over'),
  directions: new Map([
    ['north', 'north'], ['northern', 'north'], ['south', 'south'], ['southern', 'south'], ['east', 'east'], ['eastern', 'east'],
    ['west', 'west'], ['western', 'west'], ['northeast', 'northeast'], ['north-east', 'northeast'], ['northeastern', 'northeast'],
    ['north-eastern', 'northeast'], ['northwest', 'northwest'], ['north-west', 'northwest'], ['northwestern', 'northwest'],
    ['north-western', 'northwest'], ['southeast', 'southeast'], ['south-east', 'southeast'], ['southeastern', 'southeast'],
    ['south-eastern', 'southeast'], ['southwest', 'southwest'], ['south-west', 'southwest'], ['southwestern', 'southwest'],
    ['south-western', 'southwest'], ['central', 'centre'],
  ]),
  placeDescriptors: words(
    'crossing suburbs townships township countryside province governorate region district city town village area border outskirts suburbs suburb camp airport airbase base port harbour harbor valley plain plains mountains hills front frontline corridor checkpoint neighbourhood neighborhood district oblast state county municipality prefecture refinery bridge dam river',
  ),
  territoryNouns: words('territory territories soil airspace border borders side waters mainland'),
  organisationWords: words(
    'telegram twitter facebook youtube tiktok instagram whatsapp signal x website blog monitor observatory agency ministry council committee news times post forces force army armed military office institute network group front party brigade brigades command union commission cross crescent bank fund programme program organization organisation foundation association center centre service services media press tv radio channel broadcaster journal gazette herald daily weekly university school college court police guard guards corps authority authorities government administration movement coalition alliance federation league department bureau directorate watch rights monitoring project initiative unit units division battalion regiment company airlines airline tribune telegraph review magazine express mail globe wire',
  ),
  capitalisedStops: words(
    'the a an this these those it its they he she we i in on at but and or if as after before when while since during following according however meanwhile also there their his her our joint some many several most all both each every no one two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
  ),
  titles: words(
    'president minister prime deputy foreign defence defense interior spokesman spokeswoman spokesperson general gen lieutenant lt colonel col major maj captain capt commander chief ambassador envoy governor mayor secretary king queen prince sheikh emir sultan ayatollah senator representative rep mr mrs ms dr professor prof judge director head leader pope cardinal bishop imam',
  ),
  eventWords: EVENT_WORDS,
  aspectVerbs: words('resumed continued intensified escalated erupted raged subsided eased spread ended renewed'),
  civilianNouns: words('people persons civilians families residents children women men households haitians villagers refugees idps migrants patients'),
  placeVerbs: words('reached reaching entered entering hit hitting struck left leaving fled fleeing shelled shelling bombed bombing attacked attacking captured capturing seized seizing retook retaken stormed storming besieged evacuated evacuating'),
  eventVerbs: words('sent fled fought withdrew withdrawn overran struck hit shot began broke took stole blew burnt burned seized led held rose fell met signed'),
  time: {
    today: words('today tonight'),
    yesterday: words('yesterday'),
    last: words('last past previous'),
    this: words('this current'),
    since: words('since'),
    between: 'between',
    from: 'from',
    until: words('to until till through and -'),
    beginning: words('beginning start'),
    end: words('end'),
    early: words('early'),
    late: words('late'),
    samePeriod: [
      ['this', 'period'], ['that', 'period'], ['the', 'same', 'period'], ['the', 'same', 'time'], ['this', 'time'], ['that', 'time'],
    ],
    periods: new Map([
      ['week', 'week'], ['month', 'month'], ['year', 'year'], ['day', 'day'], ['weekend', 'week'],
    ]),
    past: words('past last'),
  },
  anchorNouns: words('ceasefire cease-fire truce agreement deal offensive operation war invasion campaign conflict escalation accord talks outbreak quake earthquake floods flood storm siege blockade'),
  abbreviations: words(
    'mr mrs ms dr prof gen lt col maj capt sgt gov sen rep st no nos vol p pp fig approx est jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc vs inc ltd co corp dept univ',
  ),
};
