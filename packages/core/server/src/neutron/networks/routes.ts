import type { FastifyPluginAsync } from 'fastify';
import {
  type IdParams,
  conflict,
  idParams,
  invalidInput,
  noContentResponse,
  owningProject,
} from '@switchyard/sdk';
import { standardNewRow } from '../shared/new-row.js';
import { rejectReadOnly } from '../shared/read-only.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreRouteOptions } from '../shared/route-types.js';
import { type ReadableResource, registerReadRoutes, showResource } from '../shared/read-routes.js';
import { routeSchema } from '../shared/schemas.js';
import { found } from '../shared/scope.js';
import { timestamp } from '../shared/time.js';
import { presentNetworks } from './presenter.js';
import { type NetworkRow, countNetworkPorts, findVisibleNetwork, selectVisibleNetworks } from './repository.js';
import {
  type CreateNetworkBody,
  type Network,
  NETWORK_READ_ONLY,
  type UpdateNetworkBody,
  createNetworkBody,
  networkCollection,
  networkEnvelopes,
  updateNetworkBody,
} from './schema.js';

const tags = ['networks'];
const DEFAULT_MTU = 1500;

/** How networks are found and shown; list and show routes are registered from it. */
export const networkReads: ReadableResource<NetworkRow, Network> = {
  collection: networkCollection,
  envelopes: networkEnvelopes,
  selectVisible: selectVisibleNetworks,
  findVisible: findVisibleNetwork,
  present: (db, rows) => presentNetworks(db, rows),
};

export const networkRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { db }) => {
  registerReadRoutes(app, db, networkReads);

  app.post<{ Body: CreateNetworkBody }>('/v2.0/networks', {
    schema: routeSchema({ tags, summary: 'Create a network', body: createNetworkBody, response: { 201: networkEnvelopes.single } }),
    handler: async (request, reply) => {
      const { project_id: _project, tenant_id: _tenant, ...attributes } = request.body.network;
      refuseSharing(attributes.shared);
      const row = {
        ...standardNewRow(owningProject(request, request.body.network), attributes),
        admin_state_up: attributes.admin_state_up ?? true,
        status: 'ACTIVE',
        shared: false,
        mtu: DEFAULT_MTU,
      };
      await db.insertInto('networks').values(row).execute();
      return reply.code(201).send({ network: await showResource(db, request.auth, networkReads, row.id) });
    },
  });

  app.put<{ Params: IdParams; Body: UpdateNetworkBody }>('/v2.0/networks/:id', {
    schema: routeSchema({ tags, summary: 'Update a network', params: idParams, body: updateNetworkBody, response: { 200: networkEnvelopes.single } }),
    handler: async (request) => {
      const { id } = request.params;
      const changes = request.body.network;
      rejectReadOnly('network', changes, NETWORK_READ_ONLY);
      refuseSharing(changes.shared);
      found(await findVisibleNetwork(db, request.auth, id), 'network', id);
      await db
        .updateTable('networks')
        .set({ ...changes, updated_at: timestamp() })
        .where('id', '=', id)
        .execute();
      return { network: await showResource(db, request.auth, networkReads, id) };
    },
  });

  app.delete<{ Params: IdParams }>('/v2.0/networks/:id', {
    schema: routeSchema({ tags, summary: 'Delete a network and its subnets', params: idParams, response: { 204: noContentResponse } }),
    handler: async (request, reply) => {
      const { id } = request.params;
      found(await findVisibleNetwork(db, request.auth, id), 'network', id);
      await db.transaction().execute(async (trx) => {
        // Locked first, so a port being created meanwhile is either stored before the count or refused.
        await lockOrNotFound(trx, 'networks', id);
        if ((await countNetworkPorts(trx, id)) > 0) {
          throw conflict(
            'NetworkInUse',
            `Unable to complete operation on network ${id}. There are one or more ports still in use on the network.`,
          );
        }
        // Subnets, their pools, nameservers and routes go with the network (ON DELETE CASCADE).
        await trx.deleteFrom('networks').where('id', '=', id).execute();
      });
      return reply.code(204).send();
    },
  });
};

function refuseSharing(shared: boolean | undefined): void {
  if (shared === true) {
    throw invalidInput("Invalid input for shared: shared networks are not supported; omit 'shared' or set it to false.");
  }
}
