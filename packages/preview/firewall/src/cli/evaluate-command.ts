import type { CliCommand, CliContext } from '@switchyard/sdk';
import { choice, integer } from './parse-options.js';

interface EvaluateOptions {
  port: string;
  direction: 'ingress' | 'egress';
  protocol: 'tcp' | 'udp' | 'icmp';
  sourceIp: string;
  destinationIp: string;
  sourcePort?: number;
  destinationPort?: number;
}

/** `switchyard firewall evaluate`: what the firewall would do to one packet on a port. */
export function registerEvaluateCommand(firewall: CliCommand, context: CliContext): void {
  firewall
    .command('evaluate')
    .description('Show the verdict (allow, deny, reject) for a packet on a router port, and why')
    .requiredOption('--port <id>', 'The router interface port')
    .requiredOption('--direction <ingress|egress>', 'ingress: towards the subnet behind the port', choice('--direction', ['ingress', 'egress']))
    .requiredOption('--protocol <tcp|udp|icmp>', 'Protocol of the packet', choice('--protocol', ['tcp', 'udp', 'icmp']))
    .requiredOption('--source-ip <address>', 'Source address')
    .requiredOption('--destination-ip <address>', 'Destination address')
    .option('--source-port <port>', 'Source port (tcp/udp)', integer('--source-port', 0, 65535))
    .option('--destination-port <port>', 'Destination port (tcp/udp)', integer('--destination-port', 0, 65535))
    .action(async (options: EvaluateOptions) => {
      const answer = await context.request('POST', '/v2.0/fwaas/evaluate', { packet: packetFrom(options) });
      context.print(answer, { resource: 'evaluation' });
    });
}

export function packetFrom(options: EvaluateOptions): Record<string, unknown> {
  return {
    port_id: options.port,
    direction: options.direction,
    protocol: options.protocol,
    source_ip_address: options.sourceIp,
    destination_ip_address: options.destinationIp,
    source_port: options.sourcePort,
    destination_port: options.destinationPort,
  };
}
