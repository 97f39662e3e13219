/** Every CLI command, in the order `sightline --help` lists them. */
import type { Command } from 'commander';
import type { CliIo } from './cli-runtime.ts';
import { registerAnnotations } from './commands/annotations.ts';
import { registerClaims } from './commands/claims.ts';
import { registerCompare } from './commands/compare.ts';
import { registerExtract } from './commands/extract.ts';
import { registerImport } from './commands/import.ts';
import { registerInfo } from './commands/info.ts';
import { registerNew } from './commands/new.ts';
import { registerPoints } from './commands/points.ts';
import { registerReimport } from './commands/reimport.ts';
import { registerReocr } from './commands/reocr.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerExport } from './commands/export.ts';
import { registerMerge } from './commands/merge.ts';
import { registerVerify } from './commands/verify.ts';

export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerNew,
  registerInfo,
  registerImport,
  registerReimport,
  registerSearch,
  registerExtract,
  registerServe,
  registerPoints,
  registerAnnotations,
  registerReocr,
  registerExport,
  registerMerge,
  registerVerify,
  registerClaims,
  registerCompare,
];
