import { describe, expect, it } from 'vitest';
import type { PanelColumn, PanelField, PanelResourceSection } from '@switchyard/dashboard';
import { PROTOCOL_NUMBERS } from '../domain/protocols.js';
import { DIRECTIONS, ETHERTYPES, ruleResource } from '../resources/security-group-rule.js';
import { addressGroupResource } from '../resources/address-group.js';
import { groupResource } from '../resources/security-group.js';
import panel from './index.js';

const groups = groupResource.declaration;
const rules = ruleResource.declaration;
const addressGroups = addressGroupResource.declaration;

function section(title: string): PanelResourceSection {
  const found = panel.sections.find((candidate) => candidate.title === title);
  if (found?.kind !== 'resources') throw new Error(`the panel has no resource section "${title}"`);
  return found;
}

function field(title: string, name: string): PanelField | undefined {
  return section(title).create?.find((candidate) => candidate.name === name);
}

function cell(title: string, label: string, resource: Record<string, unknown>): string {
  const column: PanelColumn | undefined = section(title).columns.find((candidate) => candidate.label === label);
  if (typeof column?.value !== 'function') throw new Error(`"${label}" of "${title}" is not a computed column`);
  return column.value(resource);
}

describe('security groups dashboard panel', () => {
  it('lists and creates groups and rules at the API paths, under their collection and resource keys', () => {
    expect(section('Security groups')).toMatchObject({ path: groups.path, collection: groups.collection, resource: groups.resource });
    expect(section('Security group rules')).toMatchObject({ path: rules.path, collection: rules.collection, resource: rules.resource });
  });

  it("offers the rule schema's directions and ethertypes and neutron-lib's protocol names", () => {
    expect(field('Security group rules', 'direction')?.choices).toEqual([...DIRECTIONS]);
    expect(field('Security group rules', 'ethertype')?.choices).toEqual([...ETHERTYPES]);
    expect(field('Security group rules', 'protocol')?.choices).toEqual([...PROTOCOL_NUMBERS.keys()]);
  });

  it('sends every create field under the attribute of that name, the groups taken from the groups collection', () => {
    const creatable = (attributes: Record<string, object>) => Object.entries(attributes).flatMap(([name, declaration]) => ('create' in declaration && declaration.create ? [name] : []));
    for (const [title, resource] of [
      ['Security groups', groups],
      ['Security group rules', rules],
      ['Address groups', addressGroups],
    ] as const) {
      const names = section(title).create?.map((candidate) => candidate.name) ?? [];
      expect(creatable(resource.attributes).filter((name) => name !== 'project_id' && name !== 'tenant_id')).toEqual(expect.arrayContaining(names));
    }
    expect(field('Security group rules', 'security_group_id')?.reference).toMatchObject({ path: groups.path, collection: groups.collection });
    expect(field('Security group rules', 'remote_group_id')?.reference).toMatchObject({ path: groups.path, collection: groups.collection });
    expect(field('Security group rules', 'remote_address_group_id')?.reference).toMatchObject({ path: addressGroups.path, collection: addressGroups.collection });
  });

  it('shows a port range, a single port or any, and the remote end as a prefix, a group or any', () => {
    expect(cell('Security group rules', 'Ports', { port_range_min: 1000, port_range_max: 2000 })).toBe('1000-2000');
    expect(cell('Security group rules', 'Ports', { port_range_min: 22, port_range_max: 22 })).toBe('22');
    expect(cell('Security group rules', 'Ports', { port_range_min: null, port_range_max: null })).toBe('any');
    expect(cell('Security group rules', 'Remote', { remote_ip_prefix: '10.0.0.0/24', remote_group_id: null })).toBe('10.0.0.0/24');
    expect(cell('Security group rules', 'Remote', { remote_ip_prefix: null, remote_group_id: 'g1' })).toBe('group g1');
    expect(cell('Security group rules', 'Remote', { remote_ip_prefix: null, remote_group_id: null, remote_address_group_id: 'a1' })).toBe('address group a1');
    expect(cell('Security group rules', 'Remote', { remote_ip_prefix: null, remote_group_id: null })).toBe('any');
    expect(cell('Security group rules', 'Protocol', { protocol: null })).toBe('any');
    expect(cell('Security groups', 'Rules', { security_group_rules: [{}, {}] })).toBe('2');
  });

  it("sets a port's groups with PUT /v2.0/ports/{id}, none picked emptying them, and never deletes a port", () => {
    const ports = section('Port security groups');
    const action = ports.actions?.find((candidate) => candidate.label === 'Set security groups');
    expect(ports.deletable).toBe(false);
    expect(action?.method).toBe('PUT');
    expect(action?.path({ id: 'p/1' })).toBe('/v2.0/ports/p%2F1');
    expect(action?.body?.({ security_groups: ['g1', 'g2'] })).toEqual({ port: { security_groups: ['g1', 'g2'] } });
    expect(action?.body?.({})).toEqual({ port: { security_groups: [] } });
  });

  it('lists address groups with their addresses, takes them as text on create, and adds or removes them with the two member actions', () => {
    const addressSection = section('Address groups');
    expect(addressSection).toMatchObject({ path: addressGroups.path, collection: addressGroups.collection, resource: addressGroups.resource });
    expect(field('Address groups', 'addresses')?.parse?.('192.0.2.0/24, 2001:db8::/64  198.51.100.0/24')).toEqual(['192.0.2.0/24', '2001:db8::/64', '198.51.100.0/24']);
    expect(cell('Address groups', 'Addresses', { addresses: ['192.0.2.0/24', '2001:db8::/64'] })).toBe('192.0.2.0/24, 2001:db8::/64');
    const paths = addressSection.actions?.map((action) => [action.label, action.method, action.path({ id: 'a/1' })]);
    expect(paths).toEqual([
      ['Add addresses', 'PUT', '/v2.0/address-groups/a%2F1/add_addresses'],
      ['Remove addresses', 'PUT', '/v2.0/address-groups/a%2F1/remove_addresses'],
    ]);
    expect(addressSection.actions?.map((action) => action.fields.map((input) => [input.name, input.parse?.('192.0.2.0/24')]))).toEqual([[['addresses', ['192.0.2.0/24']]], [['addresses', ['192.0.2.0/24']]]]);
  });
});
