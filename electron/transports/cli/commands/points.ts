/**
 * `sightline points list|import|export CASE …`: a case's observation points, and moving them
 * in and out as GeoJSON or KML (the same services as the Map view's Import… and Export…).
 */
import type { Command } from 'commander';
import { ApiError } from '../../../../shared/contract/errors.ts';
import { formatDecimal } from '../../../../shared/domain/coordinates.ts';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

type Format = 'geojson' | 'kml';

function format(value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  if (value !== 'geojson' && value !== 'kml') throw new ApiError('invalid_input', `--format is geojson or kml, not "${value}".`);
  return value;
}

export function registerPoints(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const points = program.command('points').description('list, import and export observation points (GeoJSON, KML)');

  points
    .command('list')
    .description("print a case's observation points")
    .argument('<case>', 'path of the case file')
    .option('--json', 'print JSON (the output of observationPoints:list)')
    .action(async (casePath: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('observationPoints:list', {});
          if (options.json) return printJson(io, result);
          for (const p of result.points) io.out(`${formatDecimal(p)}  ${p.type.padEnd(16)}  ${p.name}`);
          io.out(`${result.points.length} observation point${result.points.length === 1 ? '' : 's'}`);
        }),
      );
    });

  points
    .command('import')
    .description('add the points of a GeoJSON or KML file to a case (all or nothing)')
    .argument('<case>', 'path of the case file')
    .argument('<file>', '.geojson, .json or .kml file')
    .option('--format <format>', 'geojson or kml (default: from the file name)')
    .action(async (casePath: string, file: string, options: { format?: string }) => {
      setExit(
        await runCommand(io, async (session) => {
          const fmt = format(options.format);
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('observationPoints:import', { path: cliPath(file), ...(fmt ? { format: fmt } : {}) });
          for (const warning of result.warnings) io.err(`sightline: ${warning}`);
          io.out(`Imported ${result.imported} point${result.imported === 1 ? '' : 's'}${result.skipped ? `, skipped ${result.skipped}` : ''}`);
        }),
      );
    });

  points
    .command('export')
    .description("write a case's observation points to a GeoJSON or KML file")
    .argument('<case>', 'path of the case file')
    .argument('<file>', '.geojson, .json or .kml file to write')
    .option('--format <format>', 'geojson or kml (default: from the file name)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (casePath: string, file: string, options: { format?: string; force?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          const fmt = format(options.format);
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('observationPoints:export', { path: cliPath(file), overwrite: options.force ?? false, ...(fmt ? { format: fmt } : {}) });
          io.out(`Exported ${result.exported} point${result.exported === 1 ? '' : 's'} to ${result.path}`);
        }),
      );
    });
}
