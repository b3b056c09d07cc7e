import { type PortCaller, type ServicePlugin, conflict, defineServicePlugin, notFound } from '@switchyard/sdk';

/** What the labels plugin heard, for assertions on the events and on how often ports were shown. */
export interface LabelsLog {
  created: Array<{ portId: string; projectId: string; sent: Record<string, unknown>; caller: PortCaller }>;
  updated: Array<{ portId: string; sent: Record<string, unknown> }>;
  /** The port ids of each `present` call. */
  presented: string[][];
}

const extension = (alias: string) => ({ alias, name: alias, description: 'Fixture for port attributes', updated: '2025-01-01T00:00:00Z' });

/**
 * Adds `fixture_labels` (updatable, default `["owner:<project>"]`) and `fixture_origin` (create
 * only, a list filter) to ports, stored in its own table through the hook's `db`. A label starting with `refuse`
 * is refused with a 409, `crash` throws a plain error; a label `project:<id>` naming another project than the port's is a 404
 * for a non-admin, as a reference to another project's resource would be.
 */
export function labelsPlugin(log: LabelsLog): ServicePlugin {
  return defineServicePlugin({
    name: 'labels',
    description: 'Labels on ports',
    extension: extension('fixture-labels'),
    resources: [],
    migrations: {
      '0001_port_labels': {
        up: (db) =>
          db.schema
            .createTable('fixture_port_labels')
            .addColumn('port_id', 'varchar(36)', (column) => column.primaryKey())
            .addColumn('labels', 'text', (column) => column.notNull())
            .addColumn('origin', 'varchar(255)', (column) => column.notNull())
            .execute(),
      },
    },
    routes: async (app, { context }) => {
      app.get('/v2.0/fixture/port_labels', async () => ({
        port_labels: await context.db.selectFrom('fixture_port_labels').selectAll().orderBy('port_id').execute(),
      }));
    },
    hooks: {
      async portDeleted(event, context) {
        await context.db.deleteFrom('fixture_port_labels').where('port_id', '=', event.port.id).execute();
      },
    },
    portAttributes: {
      attributes: {
        fixture_labels: { schema: { type: 'array', items: { type: 'string', maxLength: 64 }, maxItems: 5 }, description: 'Labels of the port.' },
        fixture_origin: { schema: { type: 'string', maxLength: 255 }, description: 'Where the port came from.', createOnly: true, filter: true },
      },
      async created({ port, attributes, caller }, context) {
        log.created.push({ portId: port.id, projectId: port.project_id, sent: Object.fromEntries(attributes), caller });
        const labels = (attributes.get('fixture_labels') as string[] | undefined) ?? [`owner:${port.project_id}`];
        checkLabels(labels, port.project_id, caller);
        const origin = (attributes.get('fixture_origin') as string | undefined) ?? 'api';
        await context.db.insertInto('fixture_port_labels').values({ port_id: port.id, labels: JSON.stringify(labels), origin }).execute();
      },
      async updated({ port, attributes, caller }, context) {
        log.updated.push({ portId: port.id, sent: Object.fromEntries(attributes) });
        const labels = attributes.get('fixture_labels') as string[] | undefined;
        if (labels === undefined) return;
        checkLabels(labels, port.project_id, caller);
        await context.db.updateTable('fixture_port_labels').set({ labels: JSON.stringify(labels) }).where('port_id', '=', port.id).execute();
      },
      filter: ({ values }, context) => context.db.selectFrom('fixture_port_labels').select('port_id').where('origin', 'in', values),
      async present(ports, context) {
        log.presented.push(ports.map((port) => port.id));
        const rows = await context.db
          .selectFrom('fixture_port_labels')
          .selectAll()
          .where(
            'port_id',
            'in',
            ports.map((port) => port.id),
          )
          .execute();
        return new Map(rows.map((row) => [String(row.port_id), { fixture_labels: JSON.parse(String(row.labels)), fixture_origin: row.origin }]));
      },
    },
  });
}

function checkLabels(labels: readonly string[], projectId: string, caller: PortCaller): void {
  // A bug in the plugin, not a refusal: the core answers 500 naming the plugin.
  if (labels.includes('crash')) throw new Error('labels table is on fire');
  const refused = labels.find((label) => label.startsWith('refuse'));
  if (refused !== undefined) throw conflict('FixtureLabelRefused', `Label ${refused} is refused; use another label.`);
  const foreign = labels.find((label) => label.startsWith('project:') && label !== `project:${projectId}`);
  if (foreign !== undefined && !caller.isAdmin) throw notFound('fixture_label', foreign);
}

/** A plugin adding one port attribute of the given name, for load-time collisions. */
export function attributePlugin(name: string, attribute: string): ServicePlugin {
  return defineServicePlugin({
    name,
    description: `Adds ${attribute} to ports`,
    extension: extension(name),
    resources: [],
    migrations: {},
    routes: async () => undefined,
    portAttributes: {
      attributes: { [attribute]: { schema: { type: 'string' }, description: 'A fixture attribute.' } },
      created: () => undefined,
      updated: () => undefined,
      present: () => new Map(),
    },
  });
}
