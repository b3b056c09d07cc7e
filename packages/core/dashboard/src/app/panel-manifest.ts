import type { DashboardPanel } from '../contract/panel.js';
import type { Stability } from './labels.js';

/** `GET /dashboard/panels.json`, as the server derives it from each loaded plugin's package. */
export interface PanelManifest {
  core: { stability: Stability };
  panels: PanelManifestEntry[];
}

export interface PanelManifestEntry {
  service: string;
  packageName: string;
  version: string;
  stability: Stability;
  /** The panel module, relative to the dashboard's own URL. */
  module: string;
}

/** A loaded plugin panel, or why it could not be shown. */
export type PluginPanel = { entry: PanelManifestEntry; panel: DashboardPanel } | { entry: PanelManifestEntry; failure: string };

export async function loadPluginPanel(entry: PanelManifestEntry, importModule: (url: string) => Promise<{ default?: unknown }>, baseUrl: string): Promise<PluginPanel> {
  const url = new URL(entry.module, baseUrl).href;
  try {
    const module = await importModule(url);
    if (!isDashboardPanel(module.default)) {
      return { entry, failure: `${entry.packageName}'s ./dashboard module (${url}) does not export a panel as its default export; expected "export default defineDashboardPanel({ title, sections })".` };
    }
    return { entry, panel: module.default };
  } catch (error) {
    return { entry, failure: `${entry.packageName}'s dashboard panel (${url}) could not be loaded: ${(error as Error).message}` };
  }
}

export function isDashboardPanel(value: unknown): value is DashboardPanel {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { title?: unknown; sections?: unknown };
  return typeof candidate.title === 'string' && Array.isArray(candidate.sections);
}
