import { type CliAttributeOption, type CliCommand, type CliContext, addAttributeOptions, attributesFrom, parseIntegerBetween, parseOneOf } from '@switchyard/sdk';

/** The packet to evaluate, one option per attribute of the request's `packet`. */
export const packetOptions: readonly CliAttributeOption[] = [
  { flags: '--port <id>', attribute: 'port_id', description: 'The router interface port', required: true },
  {
    flags: '--direction <ingress|egress>',
    attribute: 'direction',
    description: 'ingress: towards the subnet behind the port',
    parse: parseOneOf(['ingress', 'egress']),
    required: true,
  },
  { flags: '--protocol <tcp|udp|icmp>', attribute: 'protocol', description: 'Protocol of the packet', parse: parseOneOf(['tcp', 'udp', 'icmp']), required: true },
  { flags: '--source-ip <address>', attribute: 'source_ip_address', description: 'Source address', required: true },
  { flags: '--destination-ip <address>', attribute: 'destination_ip_address', description: 'Destination address', required: true },
  { flags: '--source-port <port>', attribute: 'source_port', description: 'Source port (tcp/udp)', parse: parseIntegerBetween(0, 65535) },
  { flags: '--destination-port <port>', attribute: 'destination_port', description: 'Destination port (tcp/udp)', parse: parseIntegerBetween(0, 65535) },
];

/** `switchyard firewall evaluate`: what the firewall would do to one packet on a port. */
export function registerEvaluateCommand(firewall: CliCommand, context: CliContext): void {
  const evaluate = firewall.command('evaluate').description('Show the verdict (allow, deny, reject) for a packet on a router port, and why');
  addAttributeOptions(evaluate, packetOptions).action(async (options: Record<string, unknown>) => {
    const answer = await context.request('POST', '/v2.0/fwaas/evaluate', { packet: attributesFrom(options, packetOptions) });
    context.print(answer, { resource: 'evaluation' });
  });
}
