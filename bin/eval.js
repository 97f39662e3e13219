#!/usr/bin/env node
// `npm run eval [-- --verbose] [--no-throughput]`: claim extraction measured against the
// labelled sets in tests/eval/, with the off-the-shelf baseline side by side.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../tests/eval/run-eval.ts');
process.exitCode = await run(process.argv.slice(2));
