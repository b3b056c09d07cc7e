import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { type CoreResources, type Kysely, STABILITY_HEADER, type ServiceContext } from '@switchyard/sdk';
import type { SwitchyardConfig } from '../config/config.js';
import type { CoreEvents, NetworkExtensions, PortExtensions } from '../neutron/index.js';
import type { HostedPlugin } from './loaded-plugin.js';
import { labelRoutes } from '../openapi/route-labels.js';
import { subscribeHooks, subscribeNetworkAttributes, subscribePortAttributes } from './subscribe-hooks.js';

export interface PluginHostDependencies {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  core: CoreResources;
  config: SwitchyardConfig;
  events: CoreEvents;
  portExtensions: PortExtensions;
  networkExtensions: NetworkExtensions;
  /** A service's own root logger when `[logging.services.<service>]` gives it a destination. */
  serviceLogger?: (service: string, core: FastifyBaseLogger) => FastifyBaseLogger | undefined;
}

/**
 * Registers each plugin in its own encapsulated context, so its label travels with everything
 * it does: a stability header on every response of its routes and `{service, stability}` on
 * every log line, whether written through `context.logger` or `request.log`.
 */
export async function registerServicePlugins(
  app: FastifyInstance,
  plugins: readonly HostedPlugin[],
  dependencies: PluginHostDependencies,
): Promise<void> {
  for (const hosted of plugins) {
    await app.register(async (instance) => hostPlugin(instance, hosted, dependencies));
  }
}

async function hostPlugin(instance: FastifyInstance, hosted: HostedPlugin, dependencies: PluginHostDependencies): Promise<void> {
  const labels = { service: hosted.service, stability: hosted.metadata.stability };
  // With a destination of its own, the service's request and context lines go there, never the core's.
  const root = dependencies.serviceLogger?.(hosted.service, instance.log);
  instance.setChildLoggerFactory((logger, bindings, options) => (root ?? logger).child({ ...bindings, ...labels }, options));
  // onSend runs for error replies too, so a failing preview route is labelled like a working one.
  instance.addHook('onSend', async (_request, reply, payload) => {
    void reply.header(STABILITY_HEADER, labels.stability);
    return payload;
  });
  labelRoutes(instance, { stability: labels.stability, extension: hosted.plugin.extension.alias });
  const logger = (root ?? instance.log).child(labels);
  if (hosted.metadata.stability === 'preview') {
    logger.warn(
      `${hosted.service} is a preview service (${hosted.packageName} ${hosted.version}): its API and data may change or be dropped in a later release`,
    );
  }
  const context: ServiceContext = { ...labels, db: dependencies.db, config: hosted.config, logger, core: dependencies.core };
  subscribeHooks(dependencies.events, hosted.plugin.hooks, context);
  subscribePortAttributes(dependencies.portExtensions, hosted.plugin.portAttributes, context);
  subscribeNetworkAttributes(dependencies.networkExtensions, hosted.plugin.networkAttributes, context);
  await instance.register(hosted.plugin.routes, { context });
}
