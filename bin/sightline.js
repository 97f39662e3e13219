#!/usr/bin/env node
// The `sightline` command. The services are TypeScript; tsx compiles them on the fly
// (and caches the result), so the CLI runs from a fresh `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/transports/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
