import { type RequestAuth, notFound, presentRows } from '@switchyard/sdk';
import type { Evaluation, EvaluationRequest } from '../resources/evaluation.js';
import { groupResource } from '../resources/firewall-group.js';
import { parsePacket } from '../domain/packet.js';
import type { EvaluableRule } from '../domain/rule.js';
import { ruleResource } from '../resources/firewall-rule.js';
import { type PortProtection, decideTraffic, explainDecision } from '../domain/traffic-decision.js';
import { groupOfPort } from '../store/groups-store.js';
import { ruleIdsOfPolicy } from '../store/policies-store.js';
import { findRules } from '../store/rules-store.js';
import type { FirewallDb, GroupTable } from '../store/tables.js';
import type { FirewallServices } from './service-context.js';

/** Answers what the firewall does with one packet crossing one port, and why. */
export async function evaluatePacket(services: FirewallServices, auth: RequestAuth, input: EvaluationRequest): Promise<Evaluation> {
  // The same visibility as any reference to a port: another project's port does not exist.
  const port = await services.directory.get('port')?.findVisible(auth, input.port_id);
  if (!port) throw notFound('port', input.port_id);
  const packet = parsePacket(input);
  const group = await groupOfPort(services.db, port.id);
  const protection = group ? await loadProtection(services.db, group) : undefined;
  const decision = decideTraffic(protection, input.direction, packet);
  return {
    port_id: port.id,
    direction: input.direction,
    verdict: decision.verdict,
    filtered: decision.filtered,
    reason: decision.reason,
    message: explainDecision(decision),
    firewall_group_id: decision.firewallGroupId,
    firewall_policy_id: decision.firewallPolicyId,
    firewall_rule_id: decision.firewallRuleId,
  };
}

async function loadProtection(db: FirewallDb, row: GroupTable): Promise<PortProtection> {
  const [group] = presentRows(groupResource, [row]);
  return {
    groupId: group.id,
    adminStateUp: group.admin_state_up,
    ingress: await loadPolicy(db, group.ingress_firewall_policy_id),
    egress: await loadPolicy(db, group.egress_firewall_policy_id),
  };
}

async function loadPolicy(db: FirewallDb, policyId: string | null): Promise<PortProtection['ingress']> {
  if (policyId === null) return undefined;
  return { policyId, rules: await loadRulesInOrder(db, policyId) };
}

async function loadRulesInOrder(db: FirewallDb, policyId: string): Promise<EvaluableRule[]> {
  const order = await ruleIdsOfPolicy(db, policyId);
  const byId = new Map(presentRows(ruleResource, await findRules(db, order)).map((rule) => [rule.id, rule]));
  return order.flatMap((id) => byId.get(id) ?? []);
}
