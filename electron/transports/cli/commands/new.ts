/** `sightline new CASE --title TITLE`: create an empty case file. */
import type { Command } from 'commander';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

export function registerNew(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('new')
    .description('create a new, empty case file')
    .argument('<case>', 'path of the case file to create (.sightline is added when missing)')
    .requiredOption('-t, --title <title>', 'title of the case')
    .option('--json', 'print the new case as JSON')
    .action(async (casePath: string, options: { title: string; json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          const info = await session.invoke('case:create', { path: cliPath(casePath), title: options.title });
          if (options.json) printJson(io, info);
          else io.out(`Created ${info.path} ("${info.title}")`);
        }),
      );
    });
}
