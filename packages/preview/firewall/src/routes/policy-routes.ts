import { type IdParams, type ShowQuery, listCollection, pickFields } from '@switchyard/sdk';
import { presentPolicies } from '../store/policies-store.js';
import {
  type PolicyChanges,
  type PolicyCreation,
  type RuleReference,
  changePolicy,
  createPolicy,
  insertRuleIntoPolicy,
  removePolicy,
  removeRuleFromPolicy,
  showPolicy,
} from '../service/policies-service.js';
import type { FirewallServices } from '../service/service-context.js';
import { createPolicyBody, insertRuleBody, policyCollection, policyResponses, removeRuleBody, updatePolicyBody } from './policy-schemas.js';
import { FWAAS_PREFIX, type FirewallApp } from './route-types.js';
import { routeSchema } from './route-schema.js';
import { idParams, listQuery, showQuery } from './schemas.js';

const tags = ['firewall_policies'];
const collectionPath = `${FWAAS_PREFIX}/firewall_policies`;
const memberPath = `${collectionPath}/:id`;

export function registerPolicyRoutes(app: FirewallApp, services: FirewallServices): void {
  const { db } = services;

  app.get(
    collectionPath,
    { schema: routeSchema(tags, 'List firewall policies', { querystring: listQuery(Object.keys(policyCollection.attributes)), response: policyResponses.many }) },
    async (request) => {
      const scoped = request.auth.isAdmin
        ? db.selectFrom('firewall_policies')
        : db.selectFrom('firewall_policies').where('project_id', '=', request.auth.projectId);
      return listCollection({
        request,
        spec: policyCollection,
        query: scoped.selectAll(),
        findMarker: (id) => scoped.selectAll().where('id', '=', id).executeTakeFirst(),
        present: (rows) => presentPolicies(db, rows),
      });
    },
  );

  app.get<{ Params: IdParams; Querystring: ShowQuery }>(
    memberPath,
    { schema: routeSchema(tags, 'Show a firewall policy', { params: idParams, querystring: showQuery, response: policyResponses.one }) },
    async (request) => ({ firewall_policy: pickFields(await showPolicy(services, request, request.params.id), request.query.fields) }),
  );

  app.post<{ Body: { firewall_policy: PolicyCreation } }>(
    collectionPath,
    { schema: routeSchema(tags, 'Create a firewall policy', { body: createPolicyBody, response: policyResponses.one }) },
    async (request, reply) => reply.code(201).send({ firewall_policy: await createPolicy(services, request, request.body.firewall_policy) }),
  );

  app.put<{ Params: IdParams; Body: { firewall_policy: PolicyChanges } }>(
    memberPath,
    { schema: routeSchema(tags, 'Update a firewall policy', { params: idParams, body: updatePolicyBody, response: policyResponses.one }) },
    async (request) => ({ firewall_policy: await changePolicy(services, request, request.params.id, request.body.firewall_policy) }),
  );

  app.delete<{ Params: IdParams }>(memberPath, { schema: routeSchema(tags, 'Delete a firewall policy', { params: idParams, response: policyResponses.none }) }, async (request, reply) => {
    await removePolicy(services, request, request.params.id);
    return reply.code(204).send();
  });

  app.put<{ Params: IdParams; Body: RuleReference }>(
    `${memberPath}/insert_rule`,
    { schema: routeSchema(tags, 'Insert a rule into a firewall policy', { params: idParams, body: insertRuleBody, response: policyResponses.action }) },
    async (request) => insertRuleIntoPolicy(services, request, request.params.id, request.body),
  );

  app.put<{ Params: IdParams; Body: { firewall_rule_id: string } }>(
    `${memberPath}/remove_rule`,
    { schema: routeSchema(tags, 'Remove a rule from a firewall policy', { params: idParams, body: removeRuleBody, response: policyResponses.action }) },
    async (request) => removeRuleFromPolicy(services, request, request.params.id, request.body),
  );
}
