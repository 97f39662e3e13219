/**
 * `npm run bench -- compare [--pages 20] [--runs 15] [--case-docs 300]`: comparing two documents of --pages
 * pages each (about 3,000 characters a page, like a printed report). The first document is
 * made of field reports with figures (convoys, vehicles, strikes, casualties at many
 * places and dates); the second copies about a third of its paragraphs (some with edited
 * figures), reports the other events with its own figures, and adds its own paragraphs.
 * Both are imported into a real case (extraction included), then `compare:documents` runs
 * through the engine (input/output validation included) --runs times. Prints the median,
 * 95th percentile and worst wall-clock time, CPU time (the machine may be shared), what was
 * found, and whether the median is under 300 ms. Then --case-docs (300) short reports of
 * overlapping events are added and the case-wide compare:groups and compare:sources timed.
 */
import { rmSync } from 'node:fs';
import { createEngine } from '../../electron/services/engine.ts';
import { nodeEnvironment } from '../../electron/services/environment.ts';
import { random } from './news-corpus.ts';
import { benchDir, fmt, percentile, printTable, timeMsAsync } from './bench-helpers.ts';
import { join } from 'node:path';

const PAGE = 3000;
const LIMIT_MS = 300;

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

const PLACES = ['Idlib', 'Saraqib', 'Ariha', 'Jisr al-Shughur', 'Maarat al-Numan', 'Atarib', 'Sarmada', 'Darat Izza', 'Khan Shaykhun', 'Kafr Nabl'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
const UNITS = ['armoured vehicles', 'military trucks', 'convoys', 'air strikes', 'civilians were killed', 'soldiers'];
const FILLER = [
  'Residents said the roads out of the town were crowded with families heading north towards the border.',
  'Aid groups warned that the camps near the border were already overcrowded and short of tents.',
  'The statement gave no further details and could not be independently verified.',
  'Shops in the market stayed closed for a second day as people waited for news from the front line.',
  'Local councils asked for fuel and bread to be delivered before the winter.',
];

/** One paragraph about one event: a figure, a unit, a place, a day, a source. */
function eventParagraph(index: number, value: number, source: string): string {
  const place = PLACES[index % PLACES.length]!;
  const unit = UNITS[index % UNITS.length]!;
  const day = 1 + (index % 27);
  const month = MONTHS[Math.floor(index / 27) % MONTHS.length]!;
  const figure = unit.includes('killed') ? `${value} ${unit}` : `${value} ${unit} were reported`;
  return `On ${day} ${month} 2020, ${figure} near ${place}, ${source} said. Witnesses in ${place} described the scene in event ${index} to local reporters, who could not reach the area the next morning. ${FILLER[index % FILLER.length]}`;
}

/** The second outlet's own account of an event: other words, its own figure. */
function ownParagraph(index: number, value: number): string {
  const place = PLACES[index % PLACES.length]!;
  const unit = UNITS[index % UNITS.length]!.replace(' were killed', ' killed');
  const day = 1 + (index % 27);
  const month = MONTHS[Math.floor(index / 27) % MONTHS.length]!;
  return `A ministry statement put the figure for ${place} at ${value} ${unit} on ${day} ${month} 2020. Officials gave no source for case ${index}, and the claim was repeated by state television in its evening bulletin.`;
}

export function benchDocuments(pages: number): { a: string; b: string; copied: number } {
  const rand = random(7);
  const a: string[] = [];
  const b: string[] = [];
  let copied = 0;
  for (let i = 0; a.join('\n\n').length < pages * PAGE; i++) {
    const value = 5 + Math.floor(rand() * 400);
    const paragraph = eventParagraph(i, value, 'the Observatory');
    a.push(paragraph);
    const r = rand();
    if (r < 0.25) {
      b.push(paragraph);
      copied++;
    } else if (r < 0.35) {
      b.push(paragraph.replace(String(value), String(value + 10)).replace('Witnesses', 'Several witnesses'));
      copied++;
    } else if (r < 0.75) {
      b.push(ownParagraph(i, value + Math.floor(rand() * 3) * 40));
    }
    if (rand() < 0.2) b.push(FILLER[(i + 2) % FILLER.length]!.replace('.', ` (${i}).`));
  }
  return { a: a.join('\n\n'), b: b.join('\n\n'), copied };
}

export async function run(args: string[]): Promise<number> {
  const pages = option(args, 'pages', 20);
  const runs = option(args, 'runs', 15);
  const dir = benchDir('compare');
  const path = join(dir, 'compare.sightline');
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  const engine = createEngine(nodeEnvironment({ configDir: dir, dataDir: dir, defaultActor: 'bench' }));
  try {
    await engine.invoke('b', 'case:create', { path, title: 'Compare bench' });
    const { a, b, copied } = benchDocuments(pages);
    const report = (await engine.invoke('b', 'documents:importContent', {
      items: [
        { name: 'observatory.txt', text: a, overrides: { published: '2020-09-01', sourceName: 'Observatory' } },
        { name: 'ministry.txt', text: b, overrides: { published: '2020-09-01', sourceName: 'Ministry' } },
      ],
    })) as { items: { documentId: string }[] };
    const [idA, idB] = report.items.map((i) => i.documentId);
    const times: number[] = [];
    const cpu: number[] = [];
    let last: { pairs: { relation: string }[]; onlyA: string[]; onlyB: string[]; shared: unknown[]; claims: Record<string, unknown>; sharedShareA: number; sharedShareB: number } | null = null;
    for (let i = 0; i < runs; i++) {
      const cpuStart = process.cpuUsage();
      const [result, ms] = await timeMsAsync(() => engine.invoke('b', 'compare:documents', { a: idA!, b: idB! }) as Promise<NonNullable<typeof last>>);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      times.push(ms);
      last = result;
    }
    const median = percentile(times, 50);
    const [groups, groupsMs] = await timeMsAsync(() => engine.invoke('b', 'compare:groups', {}) as Promise<{ total: number; groups: { conflict: boolean }[] }>);
    printTable(`Comparing two ${pages}-page documents (${a.length.toLocaleString('en-US')} and ${b.length.toLocaleString('en-US')} characters; ${copied} paragraphs of B copied from A)`, [
      ['measure', 'value'],
      ['claims (A + B)', Object.keys(last!.claims).length],
      ['pairs (agree / differ)', `${last!.pairs.filter((p) => p.relation === 'agree').length} / ${last!.pairs.filter((p) => p.relation === 'differ').length}`],
      ['only A / only B', `${last!.onlyA.length} / ${last!.onlyB.length}`],
      ['shared passages', last!.shared.length],
      ['share of A / B shared', `${Math.round(last!.sharedShareA * 100)} % / ${Math.round(last!.sharedShareB * 100)} %`],
      ['first run (ms)', fmt(times[0]!)],
      [`median of ${runs} (ms)`, fmt(median)],
      ['p95 (ms)', fmt(percentile(times, 95))],
      ['worst (ms)', fmt(Math.max(...times))],
      ['CPU time, first / median (ms)', `${fmt(cpu[0]!)} / ${fmt(percentile(cpu, 50))}`],
      ['compare:groups on this case (ms)', `${fmt(groupsMs)} (${groups.total} groups, ${groups.groups.filter((g) => g.conflict).length} contested)`],
    ]);
    // Across a case: many short reports of overlapping events, grouped by compare:groups.
    const caseDocs = option(args, 'case-docs', 300);
    const rand = random(11);
    const items = Array.from({ length: caseDocs }, (_, d) => {
      const paragraphs = Array.from({ length: 3 }, () => {
        const event = Math.floor(rand() * 150);
        const value = 20 + event * 3 + (rand() < 0.3 ? Math.floor(rand() * 50) : 0);
        return rand() < 0.5 ? eventParagraph(event, value, 'the Observatory') : ownParagraph(event, value);
      });
      return { name: `report-${d}.txt`, text: paragraphs.join('\n\n'), overrides: { published: '2020-09-01', sourceName: `Outlet ${d % 12}` } };
    });
    for (let at = 0; at < items.length; at += 100) await engine.invoke('b', 'documents:importContent', { items: items.slice(at, at + 100) });
    const caseTimes: number[] = [];
    let caseGroups: { total: number; groups: { conflict: boolean }[] } | null = null;
    for (let i = 0; i < 3; i++) {
      const [result, ms] = await timeMsAsync(() => engine.invoke('b', 'compare:groups', {}) as Promise<{ total: number; groups: { conflict: boolean }[] }>);
      caseTimes.push(ms);
      caseGroups = result;
    }
    const [sources, sourcesMs] = await timeMsAsync(() => engine.invoke('b', 'compare:sources', {}) as Promise<{ sources: unknown[] }>);
    const info = (await engine.invoke('b', 'case:info', {})) as { counts?: Record<string, number> };
    printTable(`Across a case: ${caseDocs} more short reports of 150 overlapping events (3 each)`, [
      ['measure', 'value'],
      ['claims in the case', info.counts?.['claims'] ?? '?'],
      ['event groups (contested)', `${caseGroups!.total} (${caseGroups!.groups.filter((g) => g.conflict).length})`],
      ['compare:groups, median of 3 (ms)', fmt(percentile(caseTimes, 50))],
      [`compare:sources (ms, ${sources.sources.length} sources)`, fmt(sourcesMs)],
    ]);

    const ok = median < LIMIT_MS;
    console.log(`\n${ok ? 'PASS' : 'FAIL'}: median ${fmt(median)} ms ${ok ? '<' : '≥'} ${LIMIT_MS} ms`);
    return ok ? 0 : 1;
  } finally {
    engine.close();
  }
}
