import { fileURLToPath } from 'node:url';

export type {
  DashboardPanel,
  PanelActionSection,
  PanelColumn,
  PanelField,
  PanelFieldKind,
  PanelReference,
  PanelResource,
  PanelResourceSection,
  PanelRowAction,
  PanelSection,
} from './contract/panel.js';
export { defineDashboardPanel } from './contract/panel.js';

/**
 * The folder of the built dashboard (index.html and its assets), for a server to serve as static
 * files. The server finds this package at run time, so it runs without it too.
 *
 * @public
 */
export function dashboardAssetsDirectory(): string {
  // One level below the package root both as src/index.ts and as dist/index.js.
  return fileURLToPath(new URL('../dist/app/', import.meta.url));
}
