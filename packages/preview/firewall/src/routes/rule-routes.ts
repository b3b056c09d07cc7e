import { type IdParams, type ShowQuery, listCollection, pickFields } from '@switchyard/sdk';
import { presentRules } from '../store/rules-store.js';
import { type RuleChanges, type RuleCreation, changeRule, createRule, removeRule, showRule } from '../service/rules-service.js';
import type { FirewallServices } from '../service/service-context.js';
import { createRuleBody, ruleCollection, ruleResponses, updateRuleBody } from './rule-schemas.js';
import { FWAAS_PREFIX, type FirewallApp } from './route-types.js';
import { routeSchema } from './route-schema.js';
import { idParams, listQuery, showQuery } from './schemas.js';

const tags = ['firewall_rules'];
const collectionPath = `${FWAAS_PREFIX}/firewall_rules`;
const memberPath = `${collectionPath}/:id`;

export function registerRuleRoutes(app: FirewallApp, services: FirewallServices): void {
  const { db } = services;

  app.get(collectionPath, { schema: routeSchema(tags, 'List firewall rules', { querystring: listQuery(Object.keys(ruleCollection.attributes)), response: ruleResponses.many }) }, async (request) => {
    const scoped = request.auth.isAdmin ? db.selectFrom('firewall_rules') : db.selectFrom('firewall_rules').where('project_id', '=', request.auth.projectId);
    return listCollection({
      request,
      spec: ruleCollection,
      query: scoped.selectAll(),
      findMarker: (id) => scoped.selectAll().where('id', '=', id).executeTakeFirst(),
      present: (rows) => presentRules(db, rows),
    });
  });

  app.get<{ Params: IdParams; Querystring: ShowQuery }>(
    memberPath,
    { schema: routeSchema(tags, 'Show a firewall rule', { params: idParams, querystring: showQuery, response: ruleResponses.one }) },
    async (request) => ({ firewall_rule: pickFields(await showRule(services, request, request.params.id), request.query.fields) }),
  );

  app.post<{ Body: { firewall_rule: RuleCreation } }>(
    collectionPath,
    { schema: routeSchema(tags, 'Create a firewall rule', { body: createRuleBody, response: ruleResponses.one }) },
    async (request, reply) => reply.code(201).send({ firewall_rule: await createRule(services, request, request.body.firewall_rule) }),
  );

  app.put<{ Params: IdParams; Body: { firewall_rule: RuleChanges } }>(
    memberPath,
    { schema: routeSchema(tags, 'Update a firewall rule', { params: idParams, body: updateRuleBody, response: ruleResponses.one }) },
    async (request) => ({ firewall_rule: await changeRule(services, request, request.params.id, request.body.firewall_rule) }),
  );

  app.delete<{ Params: IdParams }>(memberPath, { schema: routeSchema(tags, 'Delete a firewall rule', { params: idParams, response: ruleResponses.none }) }, async (request, reply) => {
    await removeRule(services, request, request.params.id);
    return reply.code(204).send();
  });
}
