import type { FastifyPluginAsync } from 'fastify';
import {
  type IdParams,
  conflict,
  idParams,
  noContentResponse,
  owningProject,
} from '@switchyard/sdk';
import { findVisibleNetwork } from '../networks/repository.js';
import { rejectReadOnly } from '../shared/read-only.js';
import type { CoreRouteOptions } from '../shared/route-types.js';
import { type ReadableResource, registerReadRoutes, showResource } from '../shared/read-routes.js';
import { routeSchema } from '../shared/schemas.js';
import { found } from '../shared/scope.js';
import { timestamp } from '../shared/time.js';
import { presentPorts } from './presenter.js';
import { deletePort } from './delete-port.js';
import { isRouterInterface, refuseForeignRouterDevice } from './device-ownership.js';
import { type PortRow, findVisiblePort, selectVisiblePorts } from './repository.js';
import {
  type CreatePortBody,
  PORT_READ_ONLY,
  type Port,
  ROUTER_INTERFACE_OWNER,
  type UpdatePortBody,
  createPortBody,
  portCollection,
  portEnvelopes,
  updatePortBody,
} from './schema.js';
import { createPort, reallocatePort } from './store.js';

const tags = ['ports'];

/** How ports are found and shown; list and show routes are registered from it. */
export const portReads: ReadableResource<PortRow, Port> = {
  collection: portCollection,
  envelopes: portEnvelopes,
  selectVisible: selectVisiblePorts,
  findVisible: findVisiblePort,
  present: (db, rows) => presentPorts(db, rows),
};

export const portRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { db, events }) => {
  registerReadRoutes(app, db, portReads);

  app.post<{ Body: CreatePortBody }>('/v2.0/ports', {
    schema: routeSchema({ tags, summary: 'Create a port', body: createPortBody, response: { 201: portEnvelopes.single } }),
    handler: async (request, reply) => {
      const input = request.body.port;
      const projectId = owningProject(request, input);
      found(await findVisibleNetwork(db, request.auth, input.network_id), 'network', input.network_id);
      await refuseForeignRouterDevice(db, { projectId, deviceId: input.device_id ?? '', deviceOwner: input.device_owner ?? '' });
      const id = await createPort(db, {
        projectId,
        networkId: input.network_id,
        name: input.name ?? '',
        description: input.description ?? '',
        adminStateUp: input.admin_state_up ?? true,
        macAddress: input.mac_address,
        deviceId: input.device_id ?? '',
        deviceOwner: input.device_owner ?? '',
        // No agent binds ports here; a port is DOWN until something reports it up.
        status: 'DOWN',
        fixedIps: input.fixed_ips,
      });
      return reply.code(201).send({ port: await showResource(db, request.auth, portReads, id) });
    },
  });

  app.put<{ Params: IdParams; Body: UpdatePortBody }>('/v2.0/ports/:id', {
    schema: routeSchema({ tags, summary: 'Update a port', params: idParams, body: updatePortBody, response: { 200: portEnvelopes.single } }),
    handler: async (request) => {
      const { id } = request.params;
      const { fixed_ips: fixedIps, ...changes } = request.body.port;
      rejectReadOnly('port', changes, PORT_READ_ONLY);
      const port = found(await findVisiblePort(db, request.auth, id), 'port', id);
      await refuseForeignRouterDevice(db, {
        projectId: port.project_id,
        deviceId: changes.device_id ?? port.device_id,
        deviceOwner: changes.device_owner ?? port.device_owner,
      });
      if (fixedIps !== undefined) await reallocatePort(db, { ...port, device_owner: changes.device_owner ?? port.device_owner }, fixedIps);
      await db
        .updateTable('ports')
        .set({ ...changes, updated_at: timestamp() })
        .where('id', '=', id)
        .execute();
      return { port: await showResource(db, request.auth, portReads, id) };
    },
  });

  app.delete<{ Params: IdParams }>('/v2.0/ports/:id', {
    schema: routeSchema({ tags, summary: 'Delete a port and release its addresses', params: idParams, response: { 204: noContentResponse } }),
    handler: async (request, reply) => {
      const { id } = request.params;
      const port = found(await findVisiblePort(db, request.auth, id), 'port', id);
      if (await isRouterInterface(db, port)) {
        throw conflict(
          'ServicePortInUse',
          `Port ${id} cannot be deleted directly via the port API: has device owner ${ROUTER_INTERFACE_OWNER}. ` +
            `Use PUT /v2.0/routers/${port.device_id}/remove_router_interface instead.`,
        );
      }
      await deletePort(db, events, id);
      return reply.code(204).send();
    },
  });
};

