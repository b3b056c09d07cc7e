import { type RequestAuth, notFound, presentRows } from '@switchyard/sdk';
import type { Evaluation, EvaluationRequest } from '../resources/evaluation.js';
import { groupResource } from '../resources/firewall-group.js';
import { parsePacket } from '../domain/packet.js';
import type { EvaluableRule } from '../domain/rule.js';
import { type FirewallRule, ruleResource } from '../resources/firewall-rule.js';
import { type PortProtection, decideTraffic, explainDecision } from '../domain/traffic-decision.js';
import { groupOfPort, portsOfGroups } from '../store/groups-store.js';
import { ruleIdsOfPolicy } from '../store/policies-store.js';
import { findRules } from '../store/rules-store.js';
import type { GroupTable } from '../store/tables.js';
import { type IpNetwork, parseIpAddress } from '../domain/addresses.js';
import type { FirewallServices } from './service-context.js';

/** Answers what the firewall does with one packet crossing one port, and why. */
export async function evaluatePacket(services: FirewallServices, auth: RequestAuth, input: EvaluationRequest): Promise<Evaluation> {
  // The same visibility as any reference to a port: another project's port does not exist.
  const port = await services.directory.get('port')?.findVisible(auth, input.port_id);
  if (!port) throw notFound('port', input.port_id);
  const packet = parsePacket(input);
  const group = await groupOfPort(services.db, port.id);
  const protection = group ? await loadProtection(services, group) : undefined;
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

async function loadProtection(services: FirewallServices, row: GroupTable): Promise<PortProtection> {
  const [group] = presentRows(groupResource, [row]);
  return {
    groupId: group.id,
    adminStateUp: group.admin_state_up,
    ingress: await loadPolicy(services, group.ingress_firewall_policy_id),
    egress: await loadPolicy(services, group.egress_firewall_policy_id),
  };
}

async function loadPolicy(services: FirewallServices, policyId: string | null): Promise<PortProtection['ingress']> {
  if (policyId === null) return undefined;
  return { policyId, rules: await loadRulesInOrder(services, policyId) };
}

async function loadRulesInOrder(services: FirewallServices, policyId: string): Promise<EvaluableRule[]> {
  const order = await ruleIdsOfPolicy(services.db, policyId);
  const rules = presentRows(ruleResource, await findRules(services.db, order));
  const addresses = await remoteGroupAddresses(services, rules);
  const byId = new Map(rules.map((rule) => [rule.id, withRemoteAddresses(rule, addresses)]));
  return order.flatMap((id) => byId.get(id) ?? []);
}

function withRemoteAddresses(rule: FirewallRule, addresses: ReadonlyMap<string, IpNetwork[]>): EvaluableRule {
  const { source_firewall_group_id: source, destination_firewall_group_id: destination } = rule;
  return { ...rule, remote: { source: source === null ? undefined : addresses.get(source), destination: destination === null ? undefined : addresses.get(destination) } };
}

/**
 * The FWaaS 2.0 spec matches a remote group end against "an IP address of one of the ports in the
 * firewall group": the fixed IPs of each named group's bound ports, by group id.
 */
async function remoteGroupAddresses(services: FirewallServices, rules: readonly FirewallRule[]): Promise<Map<string, IpNetwork[]>> {
  const groupIds = [...new Set(rules.flatMap((rule) => [rule.source_firewall_group_id, rule.destination_firewall_group_id]).filter((id) => id !== null))];
  const portsByGroup = await portsOfGroups(services.db, groupIds);
  const addresses = new Map<string, IpNetwork[]>();
  for (const groupId of groupIds) {
    const ports = await Promise.all((portsByGroup.get(groupId) ?? []).map((portId) => services.core.findPort(portId)));
    const fixedIps = ports.flatMap((port) => port?.fixed_ips ?? []);
    addresses.set(groupId, fixedIps.flatMap((fixedIp) => parseIpAddress(fixedIp.ip_address) ?? []));
  }
  return addresses;
}
