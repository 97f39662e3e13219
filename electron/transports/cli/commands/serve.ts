/**
 * `sightline serve [CASE] [--port N]`: the app for a browser on 127.0.0.1. Prints one line,
 * `Serving CASE at http://127.0.0.1:PORT/#token=TOKEN`, then serves until interrupted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ApiError } from '../../../../shared/contract/errors.ts';
import { toApiError } from '../../../services/engine.ts';
import { nodeEnvironment, repositoryRoot } from '../../../services/environment.ts';
import { startBridge } from '../../bridge/server.ts';
import { EngineHost } from '../../engine/engine-host.ts';
import { cliPath, EXIT_FAILURE, EXIT_USAGE, type CliIo } from '../cli-runtime.ts';

export const DEFAULT_PORT = 7381;

export function rendererDir(): string {
  return join(repositoryRoot(), 'out', 'renderer');
}

export async function serve(io: CliIo, casePath: string | undefined, options: { port?: string }): Promise<number> {
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.err('sightline: the app is not built yet. Run `npm run build` first (or use `npm run web`, which builds and serves).');
    return EXIT_FAILURE;
  }
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`sightline: --port must be a number from 0 to 65535, not "${options.port}".`);
    return EXIT_USAGE;
  }
  const env = nodeEnvironment();
  const engine = new EngineHost(env);
  const sessionId = 'web';
  try {
    let label = 'Sightline';
    if (casePath !== undefined) {
      const info = (await engine.invoke(sessionId, 'case:open', { path: cliPath(casePath) })) as { path: string };
      label = info.path;
    }
    let bridge;
    try {
      bridge = await startBridge({ engine, staticDir, resourcesDir: env.resourcesDir, port, sessionId });
    } catch (error) {
      // The default port is taken (another Sightline?): let the system pick a free one.
      if ((error as { code?: string }).code !== 'EADDRINUSE' || options.port !== undefined) throw error;
      bridge = await startBridge({ engine, staticDir, resourcesDir: env.resourcesDir, port: 0, sessionId });
    }
    io.out(`Serving ${label} at ${bridge.url}`);
    const running = bridge;
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    return 0;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : toApiError(error);
    if ((error as { code?: string }).code === 'EADDRINUSE') io.err(`sightline: port ${port} is already in use; choose another with --port.`);
    else io.err(`sightline: ${apiError.message}`);
    return EXIT_FAILURE;
  } finally {
    await engine.close();
  }
}

export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the app to a browser on 127.0.0.1 (prints the URL with its access token)')
    .argument('[case]', 'case file to open')
    .option('-p, --port <port>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
    .action(async (casePath: string | undefined, options: { port?: string }) => {
      setExit(await serve(io, casePath, options));
    });
}
