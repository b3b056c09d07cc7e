import { type NetworkCaller, type ServicePlugin, conflict, defineServicePlugin, notFound } from '@switchyard/sdk';

/** What the zones plugin heard, for assertions on the events and on how often networks were shown. */
export interface ZonesLog {
  created: Array<{ networkId: string; projectId: string; sent: Record<string, unknown>; caller: NetworkCaller }>;
  updated: Array<{ networkId: string; name: string; sent: Record<string, unknown> }>;
  deleted: string[];
  /** The network ids of each `present` call. */
  presented: string[][];
}

const extension = (alias: string) => ({ alias, name: alias, description: 'Fixture for network attributes', updated: '2025-01-01T00:00:00Z' });

/**
 * Adds `fixture_zone` (updatable, default `"zone-<project>"`, a list filter) and `fixture_tier`
 * (create only) to networks, stored in its own table through the hook's `db`. A zone starting with
 * `refuse` is refused with a 409, `crash` throws a plain error; a zone `project:<id>` naming another
 * project than the network's is a 404 for a non-admin, as a reference to another project's resource would be.
 * Deleting a network named `protected` is refused with a 409 after the plugin forgot its row.
 */
export function zonesPlugin(log: ZonesLog): ServicePlugin {
  return defineServicePlugin({
    name: 'zones',
    description: 'Zones of networks',
    extension: extension('fixture-zones'),
    resources: [],
    migrations: {
      '0001_network_zones': {
        up: (db) =>
          db.schema
            .createTable('fixture_network_zones')
            .addColumn('network_id', 'varchar(36)', (column) => column.primaryKey())
            .addColumn('zone', 'varchar(64)', (column) => column.notNull())
            .addColumn('tier', 'varchar(64)', (column) => column.notNull())
            .execute(),
      },
    },
    routes: async (app, { context }) => {
      app.get('/v2.0/fixture/network_zones', async () => ({
        network_zones: await context.db.selectFrom('fixture_network_zones').selectAll().orderBy('network_id').execute(),
      }));
    },
    hooks: {
      async networkDeleted(event, context) {
        log.deleted.push(event.network.id);
        await context.db.deleteFrom('fixture_network_zones').where('network_id', '=', event.network.id).execute();
        if (event.network.name === 'protected') throw conflict('FixtureNetworkProtected', `Network ${event.network.id} is protected; rename it first.`);
      },
    },
    networkAttributes: {
      attributes: {
        fixture_zone: { schema: { type: 'string', maxLength: 64 }, description: 'The zone of the network.', filter: true },
        fixture_tier: { schema: { type: 'string', enum: ['gold', 'bronze'] }, description: 'The tier of the network.', createOnly: true },
      },
      async created({ network, attributes, caller }, context) {
        log.created.push({ networkId: network.id, projectId: network.project_id, sent: Object.fromEntries(attributes), caller });
        const zone = (attributes.get('fixture_zone') as string | undefined) ?? `zone-${network.project_id}`;
        checkZone(zone, network.project_id, caller);
        const tier = (attributes.get('fixture_tier') as string | undefined) ?? 'bronze';
        await context.db.insertInto('fixture_network_zones').values({ network_id: network.id, zone, tier }).execute();
      },
      async updated({ network, attributes, caller }, context) {
        log.updated.push({ networkId: network.id, name: network.name, sent: Object.fromEntries(attributes) });
        const zone = attributes.get('fixture_zone') as string | undefined;
        if (zone === undefined) return;
        checkZone(zone, network.project_id, caller);
        await context.db.updateTable('fixture_network_zones').set({ zone }).where('network_id', '=', network.id).execute();
      },
      filter: ({ values }, context) => context.db.selectFrom('fixture_network_zones').select('network_id').where('zone', 'in', values),
      async present(networks, context) {
        log.presented.push(networks.map((network) => network.id));
        const ids = networks.map((network) => network.id);
        const rows = await context.db.selectFrom('fixture_network_zones').selectAll().where('network_id', 'in', ids).execute();
        return new Map(rows.map((row) => [String(row.network_id), { fixture_zone: row.zone, fixture_tier: row.tier }]));
      },
    },
  });
}

function checkZone(zone: string, projectId: string, caller: NetworkCaller): void {
  // A bug in the plugin, not a refusal: the core answers 500 naming the plugin.
  if (zone === 'crash') throw new Error('zones table is on fire');
  if (zone.startsWith('refuse')) throw conflict('FixtureZoneRefused', `Zone ${zone} is refused; use another zone.`);
  if (zone.startsWith('project:') && zone !== `project:${projectId}` && !caller.isAdmin) throw notFound('fixture_zone', zone);
}

/** A plugin adding one network attribute of the given name, for load-time collisions. */
export function networkAttributePlugin(name: string, attribute: string): ServicePlugin {
  return defineServicePlugin({
    name,
    description: `Adds ${attribute} to networks`,
    extension: extension(name),
    resources: [],
    migrations: {},
    routes: async () => undefined,
    networkAttributes: {
      attributes: { [attribute]: { schema: { type: 'string' }, description: 'A fixture attribute.' } },
      created: () => undefined,
      updated: () => undefined,
      present: () => new Map(),
    },
  });
}
