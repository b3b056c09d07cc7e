import { type IdParams, type ShowQuery, listCollection, pickFields } from '@switchyard/sdk';
import { presentGroups } from '../store/groups-store.js';
import { type GroupChanges, type GroupCreation, changeGroup, createGroup, removeGroup, showGroup } from '../service/groups-service.js';
import type { FirewallServices } from '../service/service-context.js';
import { createGroupBody, groupCollection, groupResponses, updateGroupBody } from './group-schemas.js';
import { FWAAS_PREFIX, type FirewallApp } from './route-types.js';
import { routeSchema } from './route-schema.js';
import { idParams, listQuery, showQuery } from './schemas.js';

const tags = ['firewall_groups'];
const collectionPath = `${FWAAS_PREFIX}/firewall_groups`;
const memberPath = `${collectionPath}/:id`;

export function registerGroupRoutes(app: FirewallApp, services: FirewallServices): void {
  const { db } = services;

  app.get(
    collectionPath,
    { schema: routeSchema(tags, 'List firewall groups', { querystring: listQuery(Object.keys(groupCollection.attributes)), response: groupResponses.many }) },
    async (request) => {
      const scoped = request.auth.isAdmin
        ? db.selectFrom('firewall_groups')
        : db.selectFrom('firewall_groups').where('project_id', '=', request.auth.projectId);
      return listCollection({
        request,
        spec: groupCollection,
        query: scoped.selectAll(),
        findMarker: (id) => scoped.selectAll().where('id', '=', id).executeTakeFirst(),
        present: (rows) => presentGroups(db, rows),
      });
    },
  );

  app.get<{ Params: IdParams; Querystring: ShowQuery }>(
    memberPath,
    { schema: routeSchema(tags, 'Show a firewall group', { params: idParams, querystring: showQuery, response: groupResponses.one }) },
    async (request) => ({ firewall_group: pickFields(await showGroup(services, request, request.params.id), request.query.fields) }),
  );

  app.post<{ Body: { firewall_group: GroupCreation } }>(
    collectionPath,
    { schema: routeSchema(tags, 'Create a firewall group', { body: createGroupBody, response: groupResponses.one }) },
    async (request, reply) => reply.code(201).send({ firewall_group: await createGroup(services, request, request.body.firewall_group) }),
  );

  app.put<{ Params: IdParams; Body: { firewall_group: GroupChanges } }>(
    memberPath,
    { schema: routeSchema(tags, 'Update a firewall group', { params: idParams, body: updateGroupBody, response: groupResponses.one }) },
    async (request) => ({ firewall_group: await changeGroup(services, request, request.params.id, request.body.firewall_group) }),
  );

  app.delete<{ Params: IdParams }>(memberPath, { schema: routeSchema(tags, 'Delete a firewall group', { params: idParams, response: groupResponses.none }) }, async (request, reply) => {
    await removeGroup(services, request, request.params.id);
    return reply.code(204).send();
  });
}
