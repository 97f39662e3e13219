/**
 * `sightline claims CASE [--filter EXPR …] [--search TEXT] [--sort COL[:desc]] --json|--csv`:
 * the claims of a case as the grid shows them, filtered and sorted by the same SQL
 * (claims:query and claims:export). A filter is COLUMN OP VALUE:
 *   status=confirmed,disputed   value>=50   when<2020-03-01   unit~armoured   grade=B2
 * (= equals or one of a list; ~ contains, !~ does not; != differs; < <= > >= on figures and dates).
 */
import type { Command } from 'commander';
import { CLAIM_COLUMNS, type ClaimColumn, type ColumnFilter, type FilterModel, type SortModel } from '../../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../../shared/contract/claims.ts';
import { COLUMN_SQL } from '../../../services/claims/claim-columns.ts';
import { cliPath, printJson, runCommand, usageError, type CliIo } from '../cli-runtime.ts';

type Operator = '!=' | '!~' | '<=' | '>=' | '=' | '~' | '<' | '>';

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw usageError(`"${day}" is not a date (YYYY-MM-DD).`);
  return new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function condition(column: ClaimColumn, op: Operator, value: string): ColumnFilter {
  const spec = COLUMN_SQL[column];
  const fail = (): never => {
    throw usageError(`The ${column} column cannot be filtered with ${op}.`);
  };
  if (spec.number && !['~', '!~'].includes(op)) {
    const n = Number(value);
    if (!Number.isFinite(n)) throw usageError(`"${value}" is not a number (filter on ${column}).`);
    const type = ({ '=': 'equals', '!=': 'notEqual', '<': 'lessThan', '<=': 'lessThanOrEqual', '>': 'greaterThan', '>=': 'greaterThanOrEqual' } as const)[op as '='];
    return { filterType: 'number', type, filter: n };
  }
  if (spec.date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`"${value}" is not a date (YYYY-MM-DD).`);
    switch (op) {
      case '=':
        return { filterType: 'date', type: 'equals', dateFrom: value };
      case '!=':
        return { filterType: 'date', type: 'notEqual', dateFrom: value };
      case '<':
        return { filterType: 'date', type: 'lessThan', dateFrom: value };
      case '<=':
        return { filterType: 'date', type: 'lessThan', dateFrom: shiftDay(value, 1) };
      case '>':
        return { filterType: 'date', type: 'greaterThan', dateFrom: value };
      case '>=':
        return { filterType: 'date', type: 'greaterThan', dateFrom: shiftDay(value, -1) };
      default:
        return fail();
    }
  }
  if (spec.set && !spec.text && !spec.exists) {
    if (op !== '=') return fail();
    return { filterType: 'set', values: value.split(',').map((v) => v.trim()) };
  }
  const type = ({ '=': 'equals', '!=': 'notEqual', '~': 'contains', '!~': 'notContains' } as const)[op as '='];
  if (!type) return fail();
  const values = op === '=' ? value.split(',').map((v) => v.trim()) : [value];
  if (values.length === 1) return { filterType: 'text', type, filter: values[0]! };
  return { filterType: 'text', operator: 'OR', conditions: values.slice(0, 4).map((v) => ({ filterType: 'text' as const, type, filter: v })) };
}

/** The --filter expressions as the grid's filter model (several on one column combine with AND). */
export function parseFilters(expressions: readonly string[]): FilterModel {
  const byColumn = new Map<ClaimColumn, ColumnFilter[]>();
  for (const expression of expressions) {
    const match = /^\s*([a-zA-Z]+)\s*(!=|!~|<=|>=|=|~|<|>)\s*(.*?)\s*$/.exec(expression);
    if (!match) throw usageError(`Write a filter as COLUMN OP VALUE (e.g. status=confirmed, value>=50), not "${expression}".`);
    const column = match[1] as ClaimColumn;
    if (!CLAIM_COLUMNS.includes(column)) throw usageError(`There is no column "${match[1]}". Columns: ${CLAIM_COLUMNS.join(', ')}.`);
    const list = byColumn.get(column) ?? [];
    list.push(condition(column, match[2] as Operator, match[3]!));
    byColumn.set(column, list);
  }
  const model: FilterModel = {};
  for (const [column, filters] of byColumn) {
    if (filters.length === 1) model[column] = filters[0]!;
    else {
      const kind = filters[0]!.filterType;
      if (kind === 'set' || filters.some((f) => f.filterType !== kind || 'operator' in f)) throw usageError(`Combine at most simple conditions of one kind on ${column}.`);
      model[column] = { filterType: kind, operator: 'AND', conditions: filters.slice(0, 4) } as ColumnFilter;
    }
  }
  return model;
}

export function parseSort(value: string | undefined): SortModel {
  if (!value) return [];
  return value.split(',').map((part) => {
    const [colId, dir = 'asc'] = part.trim().split(':');
    if (!CLAIM_COLUMNS.includes(colId as ClaimColumn) || !COLUMN_SQL[colId as ClaimColumn].sort) throw usageError(`Cannot sort by "${colId}".`);
    if (dir !== 'asc' && dir !== 'desc') throw usageError(`Sort direction is asc or desc, not "${dir}".`);
    return { colId: colId as ClaimColumn, sort: dir };
  });
}

function line(row: ClaimRow): string {
  const figure = row.value === null ? '' : `${row.value}${row.unit ? ' ' + row.unit : ''}`;
  return [(row.grade || '--').padEnd(3), row.status.padEnd(10), figure.padEnd(28).slice(0, 28), (row.sourceName ?? '').padEnd(24).slice(0, 24), row.text.replace(/\s+/g, ' ').slice(0, 100)].join('  ');
}

export function registerClaims(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('claims')
    .description("print a case's claims, filtered and sorted like the grid (table, --json or --csv)")
    .argument('<case>', 'path of the case file')
    .option('-f, --filter <expr>', 'COLUMN OP VALUE, repeatable: status=confirmed,disputed  value>=50  when<2020-03-01  unit~armoured  grade=B2', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('-s, --search <text>', 'quick search over claim text and notes (words as prefixes)')
    .option('--sort <col[:desc]>', 'sort by columns, e.g. value:desc or when,source')
    .option('-n, --limit <n>', 'at most this many claims (default: all)')
    .option('--columns <list>', 'CSV columns, comma-separated (default: the usual ones)')
    .option('--json', 'print { total, claims } (rows as claims:query returns them)')
    .option('--csv', 'print CSV (as the grid exports it)')
    .action(async (casePath: string, options: { filter: string[]; search?: string; sort?: string; limit?: string; columns?: string; json?: boolean; csv?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          if (options.json && options.csv) throw usageError('Choose --json or --csv, not both.');
          const limit = options.limit === undefined ? Infinity : Number(options.limit);
          if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) throw usageError(`--limit must be a positive number, not "${options.limit}".`);
          const view = { filterModel: parseFilters(options.filter), sortModel: parseSort(options.sort), scope: options.search ? { text: options.search } : {} };
          await session.invoke('case:open', { path: cliPath(casePath) });
          if (options.csv) {
            const { csv } = await session.invoke('claims:export', { ...view, limit: limit === Infinity ? 2_000_000 : limit, ...(options.columns ? { columns: options.columns.split(',') } : {}) });
            io.out(csv);
            return;
          }
          const claims: ClaimRow[] = [];
          let total: number | null = null;
          for (let start = 0; start < Math.min(limit, total ?? Infinity); start += 1000) {
            const page: { rows: ClaimRow[]; total: number | null } = await session.invoke('claims:query', { ...view, startRow: start, endRow: start + Math.min(1000, limit - start), count: total === null });
            total ??= page.total;
            claims.push(...page.rows);
            if (page.rows.length === 0) break;
          }
          if (options.json) return printJson(io, { total, claims });
          for (const row of claims) io.out(line(row));
          io.out(`${claims.length} of ${total ?? 0} claim${total === 1 ? '' : 's'}`);
        }),
      );
    });
}
