/**
 * `npm run eval [-- --verbose] [--no-throughput]`: Sightline's extraction against the
 * labelled sets in tests/eval/ (one section per language), side by side with the
 * off-the-shelf baseline (baseline.ts), in the same run. See scoring.ts for the rules.
 */
import { join } from 'node:path';
import { extractorFor, type ExtractedDocument } from '../../electron/services/extract/extract-document.ts';
import { gazetteerAt, type Gazetteer } from '../../electron/services/gazetteer/gazetteer.ts';
import { baselineExtract } from './baseline.ts';
import { evaluationSets, type EvalSet } from './eval-set.ts';
import { addTally, emptyTally, scoreDocument, type Prediction, type Tally } from './scoring.ts';

const root = new URL('../../', import.meta.url).pathname;

export function sightlinePredictions(doc: ExtractedDocument): Prediction[] {
  return doc.claims.map((c) => ({
    value: c.quantity?.value ?? null,
    min: c.quantity?.min ?? null,
    max: c.quantity?.max ?? null,
    qualifier: c.quantity?.qualifier ?? null,
    unit: c.quantity?.unit ?? null,
    subject: c.subject,
    when: c.when ? { start: c.when.start, end: c.when.end } : null,
    source: c.source?.name ?? null,
    via: c.via.map((v) => v.name),
    places: c.places.map((p) => ({ name: p.place.name, gazetteerId: p.place.entry ? p.place.key : null })),
    eventType: c.eventType,
    sentence: c.quantity ? sentenceAround(doc, c.span) : c.span,
    event: c.quantity === null,
  }));
}

function sentenceAround(_doc: ExtractedDocument, span: [number, number]): [number, number] {
  return span;
}

interface SystemResult {
  tally: Tally;
  perDocument: { name: string; tally: Tally }[];
}

function evaluate(set: EvalSet, predict: (text: string, published: string) => Prediction[], gazetteer: Gazetteer): SystemResult {
  const tally = emptyTally();
  const perDocument: SystemResult['perDocument'] = [];
  for (const doc of set.documents) {
    const t = scoreDocument(doc, predict(doc.text, doc.published), gazetteer);
    addTally(tally, t);
    perDocument.push({ name: doc.name, tally: t });
  }
  return { tally, perDocument };
}

const ratio = ([a, b]: [number, number]): string => (b === 0 ? '—' : `${(a / b).toFixed(2)} (${a}/${b})`);
const frac = (a: number, b: number): string => (b === 0 ? '—' : `${(a / b).toFixed(2)} (${a}/${b})`);
function f1(t: Tally): string {
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  return p + r === 0 ? '0.00' : ((2 * p * r) / (p + r)).toFixed(2);
}

function throughput(set: EvalSet, run: (text: string, published: string) => unknown, minBytes: number): number {
  const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8');
  // CPU time of this process, not wall time: the figure is per core and the machine is shared.
  for (const doc of set.documents) run(doc.text, doc.published); // warm-up
  let bytes = 0;
  const start = process.cpuUsage();
  while (bytes < minBytes) {
    for (const doc of set.documents) {
      run(doc.text, doc.published);
      bytes += bytesOf(doc.text);
    }
  }
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  return bytes / 1024 / 1024 / seconds;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  rows.forEach((r, index) => {
    console.log('  ' + r.map((c, i) => c.padEnd(widths[i]!)).join('   '));
    if (index === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
  });
}

export async function run(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose') || args.includes('-v');
  const measureThroughput = !args.includes('--no-throughput');
  const gazetteer = gazetteerAt(join(root, 'resources'));
  const loadStart = performance.now();
  gazetteer.lookup('Idlib');
  gazetteer.lookupLoose('Saraqeb');
  const loadMs = performance.now() - loadStart;
  for (const set of evaluationSets()) {
    const extractor = extractorFor(gazetteer, set.language);
    const sightline = (text: string, published: string): Prediction[] => sightlinePredictions(extractor.extract({ text, published, language: set.language }));
    const baseline = (text: string, published: string): Prediction[] => baselineExtract(text, published, gazetteer);
    const ours = evaluate(set, sightline, gazetteer);
    const theirs = evaluate(set, baseline, gazetteer);
    const claims = set.documents.reduce((n, d) => n + d.claims.length, 0);
    const events = set.documents.reduce((n, d) => n + (d.events?.length ?? 0), 0);
    console.log(`\n${set.label} — ${set.documents.length} documents, ${claims} labelled figures, ${events} labelled claims without a figure`);
    const a = ours.tally;
    const b = theirs.tally;
    const rows = [
      ['measure', 'Sightline', 'baseline (compromise + chrono-node + rules)'],
      ['recall', frac(a.matched, a.gold), frac(b.matched, b.gold)],
      ['precision', frac(a.matched, a.predicted), frac(b.matched, b.predicted)],
      ['F1', f1(a), f1(b)],
      ['dates', ratio(a.dates), ratio(b.dates)],
      ['sources (with via)', ratio(a.sources), ratio(b.sources)],
      ['places', ratio(a.places), ratio(b.places)],
      ['subject', ratio(a.subjects), ratio(b.subjects)],
      ['event type', ratio(a.eventTypes), ratio(b.eventTypes)],
      ['claims without a figure: recall', frac(a.eventsMatched, a.eventsGold), frac(b.eventsMatched, b.eventsGold)],
      ['claims without a figure: precision', frac(a.eventsMatched, a.eventsPredicted), frac(b.eventsMatched, b.eventsPredicted)],
    ];
    if (measureThroughput) {
      const ourSpeed = throughput(set, (t, p) => extractor.extract({ text: t, published: p, language: set.language }), 4 * 1024 * 1024);
      const theirSpeed = throughput(set, (t, p) => baselineExtract(t, p, gazetteer), 128 * 1024);
      rows.push(['throughput, MB of text per CPU-second', ourSpeed.toFixed(2), theirSpeed.toFixed(2)]);
    }
    printTable(rows);
    console.log(`  (gazetteer first load ${loadMs.toFixed(0)} ms; dates/sources/places/subject/type are over matched claims where gold or prediction has a value)`);
    if (verbose) {
      for (const [label, result] of [['Sightline', ours], ['baseline', theirs]] as const) {
        console.log(`\n${label}: per-document misses`);
        for (const d of result.perDocument) {
          if (d.tally.misses.length === 0) continue;
          console.log(` ${d.name} (${d.tally.matched}/${d.tally.gold} matched, ${d.tally.predicted} predicted)`);
          for (const m of d.tally.misses) console.log(m);
        }
      }
    }
  }
  return 0;
}
