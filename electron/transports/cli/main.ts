/** The `sightline` command line: the same services as the app, for batch and scripted work. */
import { Command, CommanderError } from 'commander';
import { nodeEnvironment } from '../../services/environment.ts';
import { EXIT_USAGE, processIo, type CliIo } from './cli-runtime.ts';
import { COMMANDS } from './command-list.ts';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('sightline')
    .description('Sightline: an offline workbench for analysts who monitor conflicts from open sources')
    .version(nodeEnvironment().appVersion, '-v, --version')
    .showHelpAfterError('(run sightline --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });
  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}

/** Runs the CLI with `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return code;
}
