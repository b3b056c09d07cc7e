import type { FirewallGroup } from '../resources/firewall-group.js';

/**
 * A group's status as neutron-fwaas reports it: INACTIVE while it protects no port or has no
 * policy (nothing to enforce), DOWN when disabled, otherwise ACTIVE. Switchyard enforces
 * synchronously, so there are no PENDING_* states.
 */
export type GroupStatus = FirewallGroup['status'];

export type GroupState = Pick<FirewallGroup, 'admin_state_up' | 'ingress_firewall_policy_id' | 'egress_firewall_policy_id'> & {
  ports: readonly string[];
};

export function groupStatus(group: GroupState): GroupStatus {
  const hasPolicy = group.ingress_firewall_policy_id !== null || group.egress_firewall_policy_id !== null;
  if (group.ports.length === 0 || !hasPolicy) return 'INACTIVE';
  return group.admin_state_up ? 'ACTIVE' : 'DOWN';
}
