import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Stability } from '@switchyard/sdk';

/**
 * What the plugin host knows about a route and the OpenAPI document repeats on its operation:
 * the stability of the package that registered it and, for a plugin, its Neutron extension.
 */
export interface RouteLabels {
  stability: Stability;
  extension?: string;
}

/** Labels every route registered in `instance` (and the contexts it registers) from now on. */
export function labelRoutes(instance: FastifyInstance, labels: RouteLabels): void {
  instance.addHook('onRoute', (route) => {
    route.config = { ...route.config, switchyard: labels } as RouteOptions['config'];
  });
}

/** The labels the host gave a route; routes of the core carry none. */
export function routeLabelsOf(route: Pick<RouteOptions, 'config'>): RouteLabels | undefined {
  return (route.config as { switchyard?: RouteLabels } | undefined)?.switchyard;
}
