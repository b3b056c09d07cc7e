import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import {
  type IdParams,
  conflict,
  idParams,
  invalidInput,
  noContentResponse,
  notFound,
  owningProject,
} from '@switchyard/sdk';
import { type Cidr, cidrsOverlap, formatCidr, parseCidr } from '../ipam/address.js';
import { findVisibleNetwork } from '../networks/repository.js';
import { rejectReadOnly } from '../shared/read-only.js';
import { lockOrNotFound, lockRow } from '../shared/row-locks.js';
import type { CoreRouteOptions } from '../shared/route-types.js';
import { type ReadableResource, registerReadRoutes, showResource } from '../shared/read-routes.js';
import { routeSchema } from '../shared/schemas.js';
import { found } from '../shared/scope.js';
import { timestamp } from '../shared/time.js';
import { planDetails, planNewSubnet, planSubnetUpdate, storedPlan } from './plan.js';
import { presentSubnets } from './presenter.js';
import {
  type SubnetRow,
  countSubnetAllocations,
  findVisibleSubnet,
  listNetworkSubnets,
  selectVisibleSubnets,
  writeSubnetDetails,
} from './repository.js';
import {
  type CreateSubnetBody,
  SUBNET_READ_ONLY,
  type Subnet,
  type UpdateSubnetBody,
  createSubnetBody,
  subnetCollection,
  subnetEnvelopes,
  updateSubnetBody,
} from './schema.js';

const tags = ['subnets'];

/** How subnets are found and shown; list and show routes are registered from it. */
export const subnetReads: ReadableResource<SubnetRow, Subnet> = {
  collection: subnetCollection,
  envelopes: subnetEnvelopes,
  selectVisible: selectVisibleSubnets,
  findVisible: findVisibleSubnet,
  present: (db, rows) => presentSubnets(db, rows),
};

export const subnetRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { db }) => {
  registerReadRoutes(app, db, subnetReads);

  app.post<{ Body: CreateSubnetBody }>('/v2.0/subnets', {
    schema: routeSchema({ tags, summary: 'Create a subnet', body: createSubnetBody, response: { 201: subnetEnvelopes.single } }),
    handler: async (request, reply) => {
      const input = request.body.subnet;
      const projectId = owningProject(request, input);
      found(await findVisibleNetwork(db, request.auth, input.network_id), 'network', input.network_id);
      const plan = planNewSubnet(input);
      const details = planDetails(plan);
      const id = randomUUID();
      const now = timestamp();
      const subnet = await db.transaction().execute(async (trx) => {
        // Locked, so that a concurrent subnet cannot overlap this one and a concurrent delete of the network waits.
        await lockOrNotFound(trx, 'networks', input.network_id);
        refuseOverlap(await listNetworkSubnets(trx, input.network_id), plan.cidr, input.network_id);
        await trx
          .insertInto('subnets')
          .values({
            id,
            project_id: projectId,
            network_id: input.network_id,
            name: input.name ?? '',
            description: input.description ?? '',
            ip_version: input.ip_version,
            cidr: formatCidr(plan.cidr),
            gateway_ip: details.gateway_ip,
            enable_dhcp: input.enable_dhcp ?? true,
            ipv6_ra_mode: input.ipv6_ra_mode ?? null,
            ipv6_address_mode: input.ipv6_address_mode ?? null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await writeSubnetDetails(trx, id, details);
        // Read back as created: the network (and this subnet with it) may be deleted right after the commit.
        return showResource(trx, request.auth, subnetReads, id);
      });
      return reply.code(201).send({ subnet });
    },
  });

  app.put<{ Params: IdParams; Body: UpdateSubnetBody }>('/v2.0/subnets/:id', {
    schema: routeSchema({ tags, summary: 'Update a subnet', params: idParams, body: updateSubnetBody, response: { 200: subnetEnvelopes.single } }),
    handler: async (request) => {
      const { id } = request.params;
      const changes = request.body.subnet;
      rejectReadOnly('subnet', changes, SUBNET_READ_ONLY);
      const current = await showResource(db, request.auth, subnetReads, id);
      const details = planDetails(planSubnetUpdate(storedPlan(current.cidr, current.gateway_ip, current), changes));
      const subnet = await db.transaction().execute(async (trx) => {
        // The network's lock: ports allocate from the pools this may change, and the subnet may be deleted meanwhile.
        await lockOrNotFound(trx, 'networks', current.network_id);
        const { gateway_ip: gatewayIp, ...lists } = details;
        const changedLists = Object.fromEntries(Object.entries(lists).filter(([attribute]) => attribute in changes));
        const updated = await trx
          .updateTable('subnets')
          .set({ name: changes.name, description: changes.description, enable_dhcp: changes.enable_dhcp, gateway_ip: gatewayIp, updated_at: timestamp() })
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw notFound('subnet', id);
        await writeSubnetDetails(trx, id, changedLists);
        return showResource(trx, request.auth, subnetReads, id);
      });
      return { subnet };
    },
  });

  app.delete<{ Params: IdParams }>('/v2.0/subnets/:id', {
    schema: routeSchema({ tags, summary: 'Delete a subnet', params: idParams, response: { 204: noContentResponse } }),
    handler: async (request, reply) => {
      const { id } = request.params;
      const subnet = found(await findVisibleSubnet(db, request.auth, id), 'subnet', id);
      await db.transaction().execute(async (trx) => {
        // Every allocation takes the network's lock, so none can be added between the count and the delete.
        if (!(await lockRow(trx, 'networks', subnet.network_id))) throw notFound('subnet', id);
        if ((await countSubnetAllocations(trx, id)) > 0) {
          throw conflict('SubnetInUse', `Unable to complete operation on subnet ${id}: One or more ports have an IP allocation from this subnet.`);
        }
        const deleted = await trx.deleteFrom('subnets').where('id', '=', id).executeTakeFirst();
        if (Number(deleted.numDeletedRows) === 0) throw notFound('subnet', id);
      });
      return reply.code(204).send();
    },
  });
};


/** Subnets of one network must not overlap, as in Neutron (which answers 400). */
function refuseOverlap(siblings: ReadonlyArray<{ id: string; cidr: string }>, cidr: Cidr, networkId: string): void {
  const clash = siblings.find((sibling) => cidrsOverlap(parseCidr(sibling.cidr), cidr));
  if (clash) {
    throw invalidInput(
      `Invalid input for cidr: requested subnet with cidr ${formatCidr(cidr)} for network ${networkId} overlaps with subnet ${clash.id} (${clash.cidr}).`,
    );
  }
}

