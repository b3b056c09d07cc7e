import { CLI_NULL, attributesFrom } from '@switchyard/sdk';
import { describe, expect, it } from 'vitest';
import { packetOptions } from './evaluate-command.js';
import { groupResource } from './group-commands.js';
import { policyResource } from './policy-commands.js';
import { ruleResource } from './rule-commands.js';

/** Parsed options as commander keys them; the kit's own behaviour is specified in the SDK. */
describe('firewall command options', () => {
  it('map to FWaaS attributes, leaving out what was not given and sending none as null', () => {
    const parsed = { protocol: 'tcp', destinationPort: CLI_NULL, sourceIp: '10.0.0.0/8', action: 'allow' };
    expect(attributesFrom(parsed, ruleResource.create)).toEqual({
      protocol: 'tcp',
      destination_port: null,
      source_ip_address: '10.0.0.0/8',
      action: 'allow',
    });
  });

  it('map --shared and the remote groups to their attributes', () => {
    expect(attributesFrom({ shared: true, sourceGroup: 'g1', destinationGroup: CLI_NULL }, ruleResource.update)).toEqual({
      shared: true,
      source_firewall_group_id: 'g1',
      destination_firewall_group_id: null,
    });
    for (const resource of [policyResource, groupResource]) expect(attributesFrom({ shared: false }, resource.create)).toEqual({ shared: false });
  });

  it('collect repeated --port values into the group ports', () => {
    expect(attributesFrom({ port: ['p1', 'p2'], ingressPolicy: 'pol1' }, groupResource.update)).toEqual({
      ports: ['p1', 'p2'],
      ingress_firewall_policy_id: 'pol1',
    });
  });

  it('refuse values outside their choices or range, naming what they accept', () => {
    const parser = (flags: string) => ruleResource.create.find((option) => option.flags.startsWith(flags))?.parse as (value: string) => unknown;
    expect(() => parser('--action')('drop')).toThrow('expected one of allow, deny, reject');
    expect(() => parser('--ip-version')('7')).toThrow('expected a whole number from 4 to 6');
    expect(parser('--ip-version')('6')).toBe(6);
  });

  it('label the resources for help and messages as FWaaS names them', () => {
    expect([ruleResource, policyResource, groupResource].map((resource) => [resource.label, resource.help])).toEqual([
      ['firewall rule', { list: 'List firewall rules', update: 'Change a firewall rule' }],
      ['firewall policy', { list: 'List firewall policies', update: 'Change a firewall policy' }],
      ['firewall group', { list: 'List firewall groups', update: 'Change a firewall group' }],
    ]);
  });

  it('build the evaluate packet from its options', () => {
    const packet = attributesFrom(
      { port: 'p1', direction: 'ingress', protocol: 'tcp', sourceIp: '198.51.100.7', destinationIp: '10.0.0.5', destinationPort: 22 },
      packetOptions,
    );
    expect(packet).toEqual({
      port_id: 'p1',
      direction: 'ingress',
      protocol: 'tcp',
      source_ip_address: '198.51.100.7',
      destination_ip_address: '10.0.0.5',
      destination_port: 22,
    });
  });
});
