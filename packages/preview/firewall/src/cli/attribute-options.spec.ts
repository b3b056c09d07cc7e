import { describe, expect, it } from 'vitest';
import { attributesFrom, optionKey } from './attribute-options.js';
import { packetFrom } from './evaluate-command.js';
import { groupResource } from './group-commands.js';
import { choice, integer, nullable, repeatable } from './parse-options.js';
import { ruleResource } from './rule-commands.js';

describe('firewall command options', () => {
  it('are keyed as commander keys them', () => {
    expect(optionKey('--source-ip <address|cidr|none>')).toBe('sourceIp');
    expect(optionKey('--ip-version <4|6>')).toBe('ipVersion');
  });

  it('map to FWaaS attributes, leaving out what was not given and sending none as null', () => {
    const parsed = { protocol: 'tcp', destinationPort: nullable('none'), sourceIp: '10.0.0.0/8', action: 'allow' };
    expect(attributesFrom(parsed, ruleResource.options)).toEqual({
      protocol: 'tcp',
      destination_port: null,
      source_ip_address: '10.0.0.0/8',
      action: 'allow',
    });
  });

  it('collect repeated --port values into the group ports', () => {
    const ports = repeatable('p2', repeatable('p1', undefined));
    expect(attributesFrom({ port: ports, ingressPolicy: 'pol1' }, groupResource.options)).toEqual({
      ports: ['p1', 'p2'],
      ingress_firewall_policy_id: 'pol1',
    });
  });

  it('refuse values outside their choices or range, naming the option and what it accepts', () => {
    expect(() => choice('--action', ['allow', 'deny'])('drop')).toThrow('--action is "drop"; expected one of allow, deny');
    expect(() => integer('--destination-port', 0, 65535)('70000')).toThrow(
      '--destination-port is "70000"; expected a whole number from 0 to 65535',
    );
    expect(integer('--destination-port', 0, 65535)('22')).toBe(22);
  });

  it('build the evaluate packet from its options', () => {
    const packet = packetFrom({
      port: 'p1',
      direction: 'ingress',
      protocol: 'tcp',
      sourceIp: '198.51.100.7',
      destinationIp: '10.0.0.5',
      destinationPort: 22,
    });
    expect(packet).toEqual({
      port_id: 'p1',
      direction: 'ingress',
      protocol: 'tcp',
      source_ip_address: '198.51.100.7',
      destination_ip_address: '10.0.0.5',
      source_port: undefined,
      destination_port: 22,
    });
  });
});
