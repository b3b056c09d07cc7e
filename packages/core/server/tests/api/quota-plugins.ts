import { type Migration, type ServicePlugin, Type, attribute, defineResource, defineServicePlugin, registerResource, standardAttributes } from '@switchyard/sdk';

const extension = (alias: string) => ({ alias, name: alias, description: 'Fixture for plugin quotas', updated: '2025-01-01T00:00:00Z' });

const gadgetAttributes = { ...standardAttributes(), size: attribute(Type.Integer({ minimum: 1 }), { create: true, default: 1 }) };

/** A kit resource whose quota the fixture declares: `[quotas] gadget`, 3 a project by default. */
export const gadgets = defineResource({ resource: 'gadget', collection: 'gadgets', path: '/v2.0/fixture/gadgets', table: 'fixture_gadgets', attributes: gadgetAttributes, quota: 3 });

/** One without a quota: never counted nor limited. */
const widgets = defineResource({ resource: 'widget', collection: 'widgets', path: '/v2.0/fixture/widgets', table: 'fixture_widgets', attributes: standardAttributes() });

function createTable(name: string, columns: readonly string[]): Migration {
  return {
    up: async (db) => {
      let table = db.schema.createTable(name).addColumn('id', 'varchar(36)', (column) => column.primaryKey());
      for (const text of ['project_id', 'name', 'description']) table = table.addColumn(text, 'varchar(255)', (column) => column.notNull());
      for (const number of columns) table = table.addColumn(number, 'integer', (column) => column.notNull());
      await table.execute();
    },
  };
}

/** A service plugin on the kit with one counted resource (gadgets) and one not (widgets). */
export function gadgetsPlugin(name = 'gadgets'): ServicePlugin {
  return defineServicePlugin({
    name,
    description: 'Gadgets, counted by quotas',
    extension: extension(`fixture-${name}`),
    resources: [gadgets.apiResource, widgets.apiResource],
    migrations: { '0001_gadgets': createTable('fixture_gadgets', ['size']), '0002_widgets': createTable('fixture_widgets', []) },
    routes: async (app, { context }) => {
      registerResource(app, gadgets, { db: context.db });
      registerResource(app, widgets, { db: context.db });
    },
  });
}
