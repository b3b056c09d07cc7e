import { canAccess, notFound } from '@switchyard/sdk';
import { type Direction, type PacketInput, parsePacket } from '../domain/packet.js';
import type { EvaluableRule } from '../domain/rule.js';
import { type DecisionReason, type PortProtection, decideTraffic, explainDecision } from '../domain/traffic-decision.js';
import { groupOfPort } from '../store/groups-store.js';
import { ruleIdsOfPolicy } from '../store/policies-store.js';
import { toRuleRecord } from '../store/rules-store.js';
import { type FirewallDb, type GroupTable, isSet } from '../store/tables.js';
import type { ApiRequest, FirewallServices } from './service-context.js';

export interface EvaluationRequest extends PacketInput {
  port_id: string;
  direction: Direction;
}

export interface Evaluation {
  port_id: string;
  direction: Direction;
  verdict: 'allow' | 'deny' | 'reject';
  filtered: boolean;
  reason: DecisionReason;
  message: string;
  firewall_group_id: string | null;
  firewall_policy_id: string | null;
  firewall_rule_id: string | null;
}

/** Answers what the firewall does with one packet crossing one port, and why. */
export async function evaluatePacket(services: FirewallServices, request: ApiRequest, input: EvaluationRequest): Promise<Evaluation> {
  const port = await services.core.findPort(input.port_id);
  if (!port || !canAccess(request.auth, port.project_id)) throw notFound('port', input.port_id);
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

async function loadProtection(db: FirewallDb, group: GroupTable): Promise<PortProtection> {
  return {
    groupId: group.id,
    adminStateUp: isSet(group.admin_state_up),
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
  if (order.length === 0) return [];
  const rows = await db.selectFrom('firewall_rules').selectAll().where('id', 'in', order).execute();
  const byId = new Map(rows.map((row) => [row.id, toRuleRecord(row)]));
  return order.flatMap((id) => byId.get(id) ?? []);
}
