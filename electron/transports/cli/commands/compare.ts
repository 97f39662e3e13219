/**
 * `sightline compare CASE DOC_A DOC_B [--json]`: two documents side by side — which claims
 * pair up (agree or differ, and by how much), which only one reports, and the passages one
 * shares with the other. `--json` prints exactly
 * `{"pairs": [{"a", "b", "relation", "difference"}], "onlyA": [...], "onlyB": [...], "shared": [{"a": [start, end], "b": [start, end]}]}`.
 */
import type { Command } from 'commander';
import type { MethodOutput } from '../../../../shared/contract/methods.ts';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

type Comparison = MethodOutput<'compare:documents'>;

/** The documented public shape, nothing more (the API's extra fields stay out of it). */
export function publicComparison(result: Comparison): unknown {
  return {
    pairs: result.pairs.map((p) => ({ a: p.a, b: p.b, relation: p.relation, difference: p.difference })),
    onlyA: result.onlyA,
    onlyB: result.onlyB,
    shared: result.shared.map((s) => ({ a: s.a, b: s.b })),
  };
}

export function formatComparison(result: Comparison): string {
  const figure = (id: string): string => result.claims[id]?.figure ?? id;
  const lines: string[] = [];
  const agree = result.pairs.filter((p) => p.relation === 'agree');
  const differ = result.pairs.filter((p) => p.relation === 'differ');
  lines.push(`${result.pairs.length} paired claims: ${agree.length} agree, ${differ.length} differ; ${result.onlyA.length} only in A, ${result.onlyB.length} only in B.`);
  for (const p of differ) lines.push(`  ≠ ${p.difference}`);
  for (const p of agree) lines.push(`  = ${figure(p.a)}  |  ${figure(p.b)}`);
  for (const id of result.onlyA) lines.push(`  A only: ${figure(id)}`);
  for (const id of result.onlyB) lines.push(`  B only: ${figure(id)}`);
  lines.push(
    result.shared.length === 0
      ? 'No shared passages.'
      : `${result.shared.length} shared passage${result.shared.length === 1 ? '' : 's'}: ${Math.round(result.sharedShareA * 100)} % of A, ${Math.round(result.sharedShareB * 100)} % of B.`,
  );
  return lines.join('\n');
}

export function registerCompare(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description('compare two documents: paired claims (agree/differ), one-sided claims, shared passages')
    .argument('<case>', 'path of the case file')
    .argument('<docA>', 'id of the first document')
    .argument('<docB>', 'id of the second document')
    .option('--json', 'print {"pairs", "onlyA", "onlyB", "shared"} as JSON')
    .action(async (casePath: string, docA: string, docB: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('compare:documents', { a: docA, b: docB });
          if (options.json) printJson(io, publicComparison(result));
          else io.out(formatComparison(result));
        }),
      );
    });
}
