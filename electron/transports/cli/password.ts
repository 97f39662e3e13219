/**
 * Where `--password` takes the password from, in order: `--password-file FILE` (its first
 * line), the SIGHTLINE_PASSWORD environment variable (both for scripts), else a prompt on
 * the terminal that does not echo. Never from the command line itself, where other users of
 * the machine could read it in the process list.
 */
import { readFileSync } from 'node:fs';
import { ApiError } from '../../../shared/contract/errors.ts';
import { cliPath } from './cli-runtime.ts';

export interface PasswordOptions {
  password?: boolean;
  passwordFile?: string;
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    if (!input.isTTY) {
      reject(new ApiError('invalid_input', 'A password is needed: give --password-file FILE or set SIGHTLINE_PASSWORD (no terminal to ask on).'));
      return;
    }
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const done = (error: ApiError | null): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(null);
        if (char === '\u0003') return done(new ApiError('cancelled', 'Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** The password to use, or undefined when none was asked for. */
export async function readPassword(options: PasswordOptions, question: string): Promise<string | undefined> {
  if (options.passwordFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(cliPath(options.passwordFile), 'utf8');
    } catch {
      throw new ApiError('invalid_input', `Cannot read the password file ${options.passwordFile}.`);
    }
    const password = text.split(/\r?\n/)[0] ?? '';
    if (!password) throw new ApiError('invalid_input', `The password file ${options.passwordFile} is empty.`);
    return password;
  }
  if (!options.password) return undefined;
  const fromEnv = process.env['SIGHTLINE_PASSWORD'];
  if (fromEnv) return fromEnv;
  const typed = await prompt(question);
  if (!typed) throw new ApiError('invalid_input', 'The password is empty.');
  return typed;
}
