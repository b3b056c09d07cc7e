import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { type Stability, notFound } from '@switchyard/sdk';
import type { DashboardAssets } from './find-dashboard.js';
import type { PluginPanel } from './find-plugin-panels.js';

/** Where a running server serves the dashboard. */
export const DASHBOARD_PATH = '/dashboard/';
/** The panel manifest: the one route under the dashboard that needs a caller (it says what is loaded). */
export const PANEL_MANIFEST_PATH = '/dashboard/panels.json';

export interface DashboardInput {
  assets: DashboardAssets;
  panels: readonly PluginPanel[];
  coreStability: Stability;
}

// Neither the page nor the panel modules are API: they stay out of the OpenAPI document.
const HIDDEN = { schema: { hide: true } };

/**
 * The built dashboard as static files under /dashboard/, its panel manifest, and each loaded
 * plugin's panel module at /dashboard/panels/<service>.js. Stability in the manifest comes from
 * each plugin's package metadata, so the shell's Preview marks follow a promotion by themselves.
 */
export async function registerDashboard(app: FastifyInstance, input: DashboardInput): Promise<void> {
  const { default: fastifyStatic } = await import('@fastify/static');
  // decorateReply: false, since the API reference registers @fastify/static too.
  await app.register(fastifyStatic, { root: input.assets.directory, prefix: DASHBOARD_PATH, decorateReply: false });
  // The page's relative asset URLs resolve from /dashboard/, not from /.
  app.get('/dashboard', HIDDEN, async (_request, reply) => reply.redirect(DASHBOARD_PATH, 301));
  const panels = new Map(input.panels.map((panel) => [`${panel.service}.js`, panel]));
  app.get(PANEL_MANIFEST_PATH, HIDDEN, async () => ({
    core: { stability: input.coreStability },
    panels: input.panels.map((panel) => ({
      service: panel.service,
      packageName: panel.packageName,
      version: panel.version,
      stability: panel.stability,
      module: `panels/${encodeURIComponent(panel.service)}.js`,
    })),
  }));
  app.get<{ Params: { module: string } }>('/dashboard/panels/:module', HIDDEN, async (request, reply) => {
    const panel = panels.get(request.params.module);
    if (panel === undefined) throw notFound('dashboard_panel', request.params.module);
    void reply.type('text/javascript; charset=utf-8');
    return readFile(panel.file, 'utf8');
  });
}
