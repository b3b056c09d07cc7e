import { type PortDeletedEvent, type ServicePlugin, defineServicePlugin } from '@switchyard/sdk';
import type { LoadedServicePlugin } from '../../src/index.js';

/** What the recorder heard, including what the core showed it from inside the transaction. */
export interface HeardDeletion {
  event: PortDeletedEvent;
  portStillVisible: boolean;
}

const extension = (alias: string) => ({ alias, name: alias, description: 'Fixture for core events', updated: '2025-01-01T00:00:00Z' });

/**
 * Records every port deletion in its own table (through the hook's `db`, so the row commits or
 * rolls back with the deletion) and in `heard`; `GET /v2.0/recorder/deleted_ports` shows the table.
 */
export function recorderPlugin(heard: HeardDeletion[]): ServicePlugin {
  return defineServicePlugin({
    name: 'recorder',
    description: 'Records core port deletions',
    extension: extension('recorder'),
    resources: [],
    migrations: {
      '0001_deleted_ports': {
        up: (db) =>
          db.schema
            .createTable('recorder_deleted_ports')
            .addColumn('port_id', 'varchar(36)', (column) => column.primaryKey())
            .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
            .addColumn('device_owner', 'varchar(255)', (column) => column.notNull())
            .addColumn('device_id', 'varchar(255)', (column) => column.notNull())
            .execute(),
      },
    },
    routes: async (app, { context }) => {
      app.get('/v2.0/recorder/deleted_ports', async () => ({
        deleted_ports: await context.db.selectFrom('recorder_deleted_ports').selectAll().orderBy('port_id').execute(),
      }));
    },
    hooks: {
      async portDeleted(event, context) {
        heard.push({ event, portStillVisible: (await context.core.findPort(event.port.id)) !== undefined });
        const { id, project_id, device_owner, device_id } = event.port;
        await context.db.insertInto('recorder_deleted_ports').values({ port_id: id, project_id, device_owner, device_id }).execute();
      },
    },
  });
}

/** Throws whatever `failure.next` holds when a port is deleted (nothing when it is undefined). */
export function refuserPlugin(failure: { next?: Error }): ServicePlugin {
  return defineServicePlugin({
    name: 'refuser',
    description: 'Fails on port deletions when told to',
    extension: extension('refuser'),
    resources: [],
    migrations: {},
    routes: async (app) => {
      app.get('/v2.0/refuser/ping', async () => ({ pong: true }));
    },
    hooks: {
      portDeleted() {
        if (failure.next) throw failure.next;
      },
    },
  });
}

/** A plugin with no hooks at all, as every plugin written before hooks existed. */
export function quietPlugin(): ServicePlugin {
  return defineServicePlugin({
    name: 'quiet',
    description: 'Has no hooks',
    extension: extension('quiet'),
    resources: [],
    migrations: {},
    routes: async (app) => {
      app.get('/v2.0/quiet/ping', async () => ({ pong: true }));
    },
  });
}

export function asLoaded(plugin: ServicePlugin): LoadedServicePlugin {
  return {
    service: plugin.name,
    packageName: `@fixtures/${plugin.name}`,
    version: '1.0.0',
    metadata: { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0099' },
    plugin,
  };
}
