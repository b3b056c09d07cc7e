import { type CliAttributeOption, addAttributeOptions, attributesFrom } from '@switchyard/sdk';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import { portSpec } from './port-commands.js';
import { interfaceBody } from './router-commands.js';
import { subnetSpec } from './subnet-commands.js';

/** Parses `argv` against `options` the way a create/update command does, and returns the body attributes. */
async function mapOptions(options: readonly CliAttributeOption[], argv: string[]): Promise<Record<string, unknown>> {
  let attributes: Record<string, unknown> = {};
  const command = new Command('create').exitOverride().configureOutput({ writeErr: () => undefined });
  addAttributeOptions(command, options).action((parsed: Record<string, unknown>) => {
    attributes = attributesFrom(parsed, options);
  });
  await command.parseAsync(argv, { from: 'user' });
  return attributes;
}

describe('subnet create options', () => {
  it('map to Neutron attributes, with ip_version 4 by default', async () => {
    const attributes = await mapOptions(subnetSpec.create, ['--network', 'n1', '--cidr', '10.0.0.0/24', '--name', 'app']);
    expect(attributes).toEqual({ network_id: 'n1', cidr: '10.0.0.0/24', ip_version: 4, name: 'app' });
  });

  it('parse numbers, booleans, "none" and repeated values', async () => {
    const attributes = await mapOptions(subnetSpec.create, [
      '--network=n1',
      '--cidr=2001:db8::/64',
      '--ip-version=6',
      '--gateway=none',
      '--enable-dhcp=false',
      '--dns-nameserver=2001:db8::53',
      '--dns-nameserver=2001:db8::54',
      '--allocation-pool=start=2001:db8::10,end=2001:db8::20',
    ]);
    expect(attributes).toEqual({
      network_id: 'n1',
      cidr: '2001:db8::/64',
      ip_version: 6,
      gateway_ip: null,
      enable_dhcp: false,
      dns_nameservers: ['2001:db8::53', '2001:db8::54'],
      allocation_pools: [{ start: '2001:db8::10', end: '2001:db8::20' }],
    });
  });

  it('refuse a value that is not a number, naming the option', async () => {
    await expect(mapOptions(subnetSpec.create, ['--network', 'n1', '--cidr', '10.0.0.0/24', '--ip-version', 'four'])).rejects.toThrow(
      '--ip-version is "four"; expected a whole number',
    );
  });

  it('require --network and --cidr', async () => {
    const failure = mapOptions(subnetSpec.create, ['--cidr', '10.0.0.0/24']);
    await expect(failure).rejects.toBeInstanceOf(CommanderError);
    await expect(failure).rejects.toThrow("required option '--network <id>' not specified");
  });
});

describe('port options', () => {
  it('map --fixed-ip to fixed_ips entries with Neutron keys', async () => {
    const attributes = await mapOptions(portSpec.create, ['--network', 'n1', '--fixed-ip', 'subnet_id=s1,ip_address=10.0.0.9', '--fixed-ip', 'subnet-id=s2']);
    expect(attributes).toEqual({ network_id: 'n1', fixed_ips: [{ subnet_id: 's1', ip_address: '10.0.0.9' }, { subnet_id: 's2' }] });
  });

  it('refuse an unknown key in --fixed-ip and show the expected form', async () => {
    await expect(mapOptions(portSpec.create, ['--network', 'n1', '--fixed-ip', 'subnet=s1'])).rejects.toThrow(
      '--fixed-ip is "subnet=s1"; expected subnet_id=<value>,ip_address=<value>',
    );
  });

  it('parse --admin-state-up as a boolean', async () => {
    expect(await mapOptions(portSpec.update, ['--admin-state-up', 'false'])).toEqual({ admin_state_up: false });
    await expect(mapOptions(portSpec.update, ['--admin-state-up', 'off'])).rejects.toThrow('expected true or false');
  });
});

describe('router interface body', () => {
  it('takes exactly one of --subnet and --port', () => {
    expect(interfaceBody({ subnet: 's1' })).toEqual({ subnet_id: 's1' });
    expect(interfaceBody({ port: 'p1' })).toEqual({ port_id: 'p1' });
    expect(() => interfaceBody({})).toThrow(new CliError('SY_CLI_INPUT', 'give exactly one of --subnet <id> and --port <id>'));
    expect(() => interfaceBody({ subnet: 's1', port: 'p1' })).toThrow('give exactly one of --subnet <id> and --port <id>');
  });
});
