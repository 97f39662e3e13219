/**
 * The views of a case, in navigation order. A feature adds itself here: an id, a label,
 * an icon, a shortcut and its component (from renderer/features/<feature>/).
 */
import type { ComponentType } from 'react';
import { AnnotationsView } from '../features/annotations/AnnotationsView.tsx';
import { ClaimsView } from '../features/claims/ClaimsView.tsx';
import { CompareView } from '../features/compare/CompareView.tsx';
import { DocumentsView } from '../features/documents/DocumentsView.tsx';
import { HistoryView } from '../features/history/HistoryView.tsx';
import { MapView } from '../features/map/MapView.tsx';
import { OverviewView } from '../features/overview/OverviewView.tsx';
import type { Icons } from './icons.tsx';

export interface ViewDefinition {
  id: string;
  label: string;
  icon: keyof typeof Icons;
  shortcut: string;
  component: ComponentType;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'overview', label: 'Overview', icon: 'overview', shortcut: 'Alt+1', component: OverviewView },
  { id: 'documents', label: 'Documents', icon: 'documents', shortcut: 'Alt+4', component: DocumentsView },
  { id: 'claims', label: 'Claims', icon: 'claims', shortcut: 'Alt+2', component: ClaimsView },
  { id: 'map', label: 'Map', icon: 'map', shortcut: 'Alt+3', component: MapView },
  { id: 'annotations', label: 'Annotations', icon: 'annotations', shortcut: 'Alt+5', component: AnnotationsView },
  { id: 'compare', label: 'Compare', icon: 'compare', shortcut: 'Alt+6', component: CompareView },
  { id: 'history', label: 'History', icon: 'history', shortcut: 'Alt+7', component: HistoryView },
];

export const DEFAULT_VIEW = 'claims';
