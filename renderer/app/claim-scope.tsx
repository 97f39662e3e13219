/**
 * The claims the workspace is focused on, shared by views: the map narrows the scope to a
 * place, the time slider to a period, the grid shows the scope and reports its selection,
 * which the map highlights.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ClaimFilter } from '../../shared/contract/claim-filter.ts';

interface ClaimScopeState {
  /** Narrowing set by other views (place, period …); the grid adds its own filters on top. */
  scope: ClaimFilter;
  /** Merges into the scope; a field set to undefined is removed. */
  setScope(patch: Partial<ClaimFilter>): void;
  clearScope(): void;
  selectedClaimIds: string[];
  selectClaims(ids: string[]): void;
}

const ClaimScopeContext = createContext<ClaimScopeState | null>(null);

export function useClaimScope(): ClaimScopeState {
  const state = useContext(ClaimScopeContext);
  if (!state) throw new Error('useClaimScope outside ClaimScopeProvider');
  return state;
}

export function ClaimScopeProvider({ children }: { children: ReactNode }) {
  const [scope, setScopeState] = useState<ClaimFilter>({});
  const [selectedClaimIds, selectClaims] = useState<string[]>([]);
  const setScope = useCallback((patch: Partial<ClaimFilter>) => {
    setScopeState((current) => {
      const next: Record<string, unknown> = { ...current, ...patch };
      for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
      return next as ClaimFilter;
    });
  }, []);
  const clearScope = useCallback(() => setScopeState({}), []);
  const value = useMemo(() => ({ scope, setScope, clearScope, selectedClaimIds, selectClaims }), [scope, setScope, clearScope, selectedClaimIds]);
  return <ClaimScopeContext.Provider value={value}>{children}</ClaimScopeContext.Provider>;
}
