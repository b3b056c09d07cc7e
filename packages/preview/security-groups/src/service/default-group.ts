import { inTransaction, newRow, tableStore } from '@switchyard/sdk';
import { ruleKey } from '../domain/rule-key.js';
import { checkRuleMatch } from '../domain/rule-validation.js';
import { groupResource } from '../resources/security-group.js';
import { ruleResource } from '../resources/security-group-rule.js';
import { claimDefaultGroup, defaultGroupOf } from '../store/default-groups-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { DEFAULT_GROUP_NAME } from './groups-service.js';
import { newGroupRow } from './new-group-row.js';

/**
 * Neutron's _ensure_default_security_group: a project's first list or create of security groups,
 * or its first port, gives it its `default` group, with Neutron's four default rules. Returns the
 * group's id. The primary key of default_security_groups makes it exactly one: the claim skips
 * a conflict instead of failing (so a caller's own transaction, a port's, goes on), and a request
 * that loses the race drops its group and uses the winner's.
 */
export async function ensureDefaultGroup(db: SecurityGroupDb, projectId: string): Promise<string> {
  const existing = await defaultGroupOf(db, projectId);
  if (existing !== undefined) return existing;
  return inTransaction(db, async (trx) => {
    const group = newGroupRow({ name: DEFAULT_GROUP_NAME, description: 'Default security group', project_id: projectId, stateful: true, revision_number: 1 });
    const groups = tableStore(trx, groupResource);
    await groups.insert(group);
    if (!(await claimDefaultGroup(trx, projectId, String(group.id)))) {
      await groups.remove(String(group.id));
      return String(await defaultGroupOf(trx, projectId));
    }
    const rules = tableStore(trx, ruleResource);
    for (const rule of defaultRules(String(group.id), projectId)) await rules.insert(rule);
    return String(group.id);
  });
}

/** Everything out, in IPv4 and IPv6; in, only from the group's own members. */
function defaultRules(groupId: string, projectId: string) {
  return (['IPv4', 'IPv6'] as const).flatMap((ethertype) =>
    (['egress', 'ingress'] as const).map((direction) => {
      const sent = { ethertype, protocol: null, port_range_min: null, port_range_max: null, remote_ip_prefix: null, remote_group_id: direction === 'ingress' ? groupId : null, remote_address_group_id: null };
      const match = checkRuleMatch(sent);
      const input = { ...match, direction, security_group_id: groupId, project_id: projectId, description: '', revision_number: 1 };
      return { ...newRow(ruleResource, input), rule_key: ruleKey(direction, match) };
    }),
  );
}
