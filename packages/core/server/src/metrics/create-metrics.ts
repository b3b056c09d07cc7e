import type { Database } from '@switchyard/db';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HostedPlugin } from '../plugins/loaded-plugin.js';
import type { RequestLabels } from './request-labels.js';

const REQUEST_LABELS = ['service', 'operation', 'stability', 'status'] as const;

/** From a fast list to a slow create racing others; the pool's statement timeout caps the top. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface ServerMetrics {
  registry: Registry;
  observeRequest(labels: RequestLabels, seconds: number): void;
}

/**
 * One registry per app (not prom-client's global one), so two servers in one process, as in
 * tests, never share or clash over series.
 */
export function createMetrics(database: Database, plugins: readonly HostedPlugin[]): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'switchyard_http_requests_total',
    help: 'HTTP requests answered, by service, operation (method and route), stability and status code.',
    labelNames: REQUEST_LABELS,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'switchyard_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by service, operation, stability and status code.',
    labelNames: REQUEST_LABELS,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  registerPluginInfo(registry, plugins);
  registerPoolGauges(registry, database);
  return {
    registry,
    observeRequest: (labels, seconds) => {
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}

function registerPluginInfo(registry: Registry, plugins: readonly HostedPlugin[]): void {
  const info = new Gauge({
    name: 'switchyard_plugin_info',
    help: 'The service plugins this server runs (always 1), with their stability and package version.',
    labelNames: ['service', 'stability', 'version'] as const,
    registers: [registry],
  });
  for (const plugin of plugins) info.set({ service: plugin.service, stability: plugin.metadata.stability, version: plugin.version }, 1);
}

/** Read at each scrape; SQLite has no pool, so these series are absent there. */
function registerPoolGauges(registry: Registry, database: Database): void {
  const pool = (name: string, help: string, read: (stats: NonNullable<ReturnType<NonNullable<Database['poolStats']>>>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const stats = database.poolStats?.();
        if (stats !== undefined) this.set(read(stats));
      },
    });
  pool('switchyard_db_pool_max_connections', 'Most connections the database pool opens ([database] pool_size).', (stats) => stats.max);
  pool('switchyard_db_pool_connections', 'Connections the database pool holds open, busy or idle.', (stats) => stats.total);
  pool('switchyard_db_pool_idle_connections', 'Open pool connections not running a query.', (stats) => stats.idle);
  pool('switchyard_db_pool_waiting_requests', 'Queries waiting for a pool connection because all are busy.', (stats) => stats.waiting);
}
