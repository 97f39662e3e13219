/**
 * Where the analyst is in the workspace: the active view and what it was asked to show
 * ("open document X at offset Y", "claims at place Z"). Views navigate through here,
 * never by reaching into each other.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ViewParams = Record<string, string | number | boolean | string[] | null>;

interface WorkspaceState {
  view: string;
  params: ViewParams;
  /** Switches view; params tell the target what to show. */
  navigate(view: string, params?: ViewParams): void;
}

const WorkspaceContext = createContext<WorkspaceState | null>(null);
const KEY = 'sightline.view';

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspace outside WorkspaceProvider');
  return state;
}

export function WorkspaceProvider({ defaultView, children }: { defaultView: string; children: ReactNode }) {
  const [state, setState] = useState<{ view: string; params: ViewParams }>(() => ({
    view: localStorage.getItem(KEY) ?? defaultView,
    params: {},
  }));
  const navigate = useCallback((view: string, params: ViewParams = {}) => {
    localStorage.setItem(KEY, view);
    setState({ view, params });
  }, []);
  const value = useMemo(() => ({ ...state, navigate }), [state, navigate]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
