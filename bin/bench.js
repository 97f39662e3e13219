#!/usr/bin/env node
// `npm run bench -- NAME [options]`: runs tests/bench/NAME.bench.ts and prints its figures.
// Without a name, lists the benchmarks.
import { readdirSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const dir = new URL('../tests/bench/', import.meta.url);
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.log(`usage: npm run bench -- <name> [options]\n\nbenchmarks: ${available.join(', ') || '(none yet)'}`);
  process.exitCode = name ? 2 : 0;
} else {
  const bench = await import(new URL(`${name}.bench.ts`, dir).href);
  process.exitCode = (await bench.run(args)) ?? 0;
}
