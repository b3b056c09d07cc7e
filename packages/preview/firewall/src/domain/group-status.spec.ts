import { describe, expect, it } from 'vitest';
import { groupStatus } from './group-status.js';

const active = { admin_state_up: true, ingress_firewall_policy_id: 'p', egress_firewall_policy_id: null, ports: ['port-1'] };

describe('groupStatus', () => {
  it('is ACTIVE with a port and a policy', () => {
    expect(groupStatus(active)).toBe('ACTIVE');
  });

  it('is INACTIVE without ports or without any policy', () => {
    expect(groupStatus({ ...active, ports: [] })).toBe('INACTIVE');
    expect(groupStatus({ ...active, ingress_firewall_policy_id: null })).toBe('INACTIVE');
  });

  it('is DOWN when disabled while it has something to enforce', () => {
    expect(groupStatus({ ...active, admin_state_up: false })).toBe('DOWN');
  });
});
