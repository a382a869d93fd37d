import { lazy, type ComponentType } from 'react';
import { CastPanel } from '../features/cast/cast-panel';
import { ChartsPanel } from '../features/charts/charts-panel';
import { RenderPanel } from '../features/render/render-panel';
import { ReviewPanel } from '../features/review/review-panel';
import { SearchPanel } from '../features/search/search-panel';
import { VoicesPanel } from '../features/voices/voices-panel';

export interface PanelDefinition {
  id: string;
  /** The tab's name. */
  label: string;
  Component: ComponentType;
}

/**
 * The side panels beside the script, in tab order (Alt+1, Alt+2, … show them). A feature adds a
 * panel with one entry here. The source view is loaded on first use: pdf.js and epubjs are large.
 */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'review', label: 'Review', Component: ReviewPanel },
  { id: 'cast', label: 'Cast', Component: CastPanel },
  { id: 'search', label: 'Search', Component: SearchPanel },
  { id: 'source', label: 'Source', Component: lazy(() => import('../features/source-view/source-panel')) },
  { id: 'charts', label: 'Charts', Component: ChartsPanel },
  { id: 'render', label: 'Render', Component: RenderPanel },
  { id: 'voices', label: 'Voices', Component: VoicesPanel },
];
