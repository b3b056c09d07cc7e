import type { FastifyInstance } from 'fastify';
import { type ResourceStore, type StoredRow, registerMemberAction, registerResource, registerTags, tagQueryFilters } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { addRouterInterface } from './add-interface.js';
import { checkAddInterfaceBody, checkRemoveInterfaceBody, interfaceNotFound } from './interface-info.js';
import { removeRouterInterface } from './remove-interface.js';
import { type RouterInterfaceBody, routerInterfaceBody, routerInterfaceInfo, routerResource } from './resource.js';
import { routerService } from './service.js';
import type { RouterRef } from './store.js';

/** `/v2.0/routers`, served by the kit, and its interfaces as member actions. */
export function registerRouters(app: FastifyInstance, context: CoreContext): ResourceStore {
  const store = registerResource(app, routerResource, {
    db: context.db,
    service: routerService(),
    summaries: { delete: 'Delete a router without interfaces' },
    queryFilters: tagQueryFilters('router_tags'),
  });
  registerTags(app, context.db, { resource: routerResource, store, table: 'router_tags' });
  const common = { db: context.db, store, body: routerInterfaceBody, response: routerInterfaceInfo };
  registerMemberAction<RouterInterfaceBody>(app, routerResource, {
    ...common,
    action: 'add_router_interface',
    summary: 'Attach a subnet or port to a router',
    references: { port_id: { resource: 'port' }, subnet_id: { resource: 'subnet' } },
    checkBody: checkAddInterfaceBody,
    handler: (_operation, row, body) => addRouterInterface(context.db, routerOf(row), body),
  });
  registerMemberAction<RouterInterfaceBody>(app, routerResource, {
    ...common,
    action: 'remove_router_interface',
    summary: 'Detach a subnet or port from a router',
    // What the caller may not see is no interface of their router either.
    references: {
      port_id: { resource: 'port', missing: (id: string, router: StoredRow) => interfaceNotFound(String(router.id), { port_id: id }) },
      subnet_id: { resource: 'subnet', missing: (id: string, router: StoredRow) => interfaceNotFound(String(router.id), { subnet_id: id }) },
    },
    checkBody: checkRemoveInterfaceBody,
    handler: (_operation, row, body) => removeRouterInterface(context, routerOf(row), body),
  });
  return store;
}

function routerOf(row: StoredRow): RouterRef {
  return { id: String(row.id), project_id: String(row.project_id) };
}
