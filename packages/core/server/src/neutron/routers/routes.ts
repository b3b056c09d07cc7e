import type { FastifyPluginAsync } from 'fastify';
import {
  type IdParams,
  idParams,
  invalidInput,
  noContentResponse,
  owningProject,
} from '@switchyard/sdk';
import { standardNewRow } from '../shared/new-row.js';
import { rejectReadOnly } from '../shared/read-only.js';
import type { CoreRouteOptions } from '../shared/route-types.js';
import { type ReadableResource, registerReadRoutes, showResource } from '../shared/read-routes.js';
import { routeSchema } from '../shared/schemas.js';
import { found } from '../shared/scope.js';
import { timestamp } from '../shared/time.js';
import { deleteRouter } from './delete-router.js';
import { addRouterInterface, removeRouterInterface } from './interfaces.js';
import { presentRouter } from './presenter.js';
import { type RouterRow, findVisibleRouter, selectVisibleRouters } from './repository.js';
import {
  type CreateRouterBody,
  type Router,
  ROUTER_READ_ONLY,
  type RouterChanges,
  type RouterInterfaceBody,
  type UpdateRouterBody,
  createRouterBody,
  routerCollection,
  routerEnvelopes,
  routerInterfaceBody,
  routerInterfaceInfoSchema,
  updateRouterBody,
} from './schema.js';

const tags = ['routers'];

/** How routers are found and shown; list and show routes are registered from it. */
export const routerReads: ReadableResource<RouterRow, Router> = {
  collection: routerCollection,
  envelopes: routerEnvelopes,
  selectVisible: selectVisibleRouters,
  findVisible: findVisibleRouter,
  present: (_db, rows) => rows.map(presentRouter),
};

export const routerRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { db, events }) => {
  registerReadRoutes(app, db, routerReads);

  app.post<{ Body: CreateRouterBody }>('/v2.0/routers', {
    schema: routeSchema({ tags, summary: 'Create a router', body: createRouterBody, response: { 201: routerEnvelopes.single } }),
    handler: async (request, reply) => {
      const input = request.body.router;
      refuseUnsupported(input);
      const row = {
        ...standardNewRow(owningProject(request, input), input),
        admin_state_up: input.admin_state_up ?? true,
        status: 'ACTIVE',
      };
      await db.insertInto('routers').values(row).execute();
      return reply.code(201).send({ router: await showResource(db, request.auth, routerReads, row.id) });
    },
  });

  app.put<{ Params: IdParams; Body: UpdateRouterBody }>('/v2.0/routers/:id', {
    schema: routeSchema({ tags, summary: 'Update a router', params: idParams, body: updateRouterBody, response: { 200: routerEnvelopes.single } }),
    handler: async (request) => {
      const { id } = request.params;
      const { external_gateway_info: _gateway, routes: _routes, ...changes } = request.body.router;
      rejectReadOnly('router', changes, ROUTER_READ_ONLY);
      refuseUnsupported(request.body.router);
      found(await findVisibleRouter(db, request.auth, id), 'router', id);
      await db
        .updateTable('routers')
        .set({ ...changes, updated_at: timestamp() })
        .where('id', '=', id)
        .execute();
      return { router: await showResource(db, request.auth, routerReads, id) };
    },
  });

  app.delete<{ Params: IdParams }>('/v2.0/routers/:id', {
    schema: routeSchema({ tags, summary: 'Delete a router without interfaces', params: idParams, response: { 204: noContentResponse } }),
    handler: async (request, reply) => {
      const { id } = request.params;
      const router = found(await findVisibleRouter(db, request.auth, id), 'router', id);
      await deleteRouter(db, router);
      return reply.code(204).send();
    },
  });

  const interfaceSchema = (summary: string) =>
    routeSchema({
    tags,
    summary,
    params: idParams,
    body: routerInterfaceBody,
    response: { 200: routerInterfaceInfoSchema },
    });

  app.put<{ Params: IdParams; Body: RouterInterfaceBody }>('/v2.0/routers/:id/add_router_interface', {
    schema: interfaceSchema('Attach a subnet or port to a router'),
    handler: async (request) => {
      const router = found(await findVisibleRouter(db, request.auth, request.params.id), 'router', request.params.id);
      return addRouterInterface(db, request.auth, router, request.body);
    },
  });

  app.put<{ Params: IdParams; Body: RouterInterfaceBody }>('/v2.0/routers/:id/remove_router_interface', {
    schema: interfaceSchema('Detach a subnet or port from a router'),
    handler: async (request) => {
      const router = found(await findVisibleRouter(db, request.auth, request.params.id), 'router', request.params.id);
      return removeRouterInterface(db, events, router, request.body);
    },
  });
};

function refuseUnsupported(changes: RouterChanges): void {
  if (changes.external_gateway_info !== undefined && changes.external_gateway_info !== null) {
    throw invalidInput('Invalid input for external_gateway_info: external gateways are not supported yet; send null or omit it.');
  }
  if (changes.routes !== undefined && changes.routes.length > 0) {
    throw invalidInput('Invalid input for routes: extra routes are not supported yet; send [] or omit it.');
  }
}
