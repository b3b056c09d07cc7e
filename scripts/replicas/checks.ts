import type { Kysely } from 'kysely';
import { CORE_INVARIANTS, findInconsistencies } from '../../packages/core/server/tests/postgres/consistency.js';
import { Client, type Exchange, succeeded } from './client.js';
import type { Acknowledged } from './workload.js';

/** The firewall's own rules, checked when it is installed: a binding never outlives its port or group. */
export const FIREWALL_INVARIANTS: Record<string, string> = {
  'firewall bindings whose port is gone': `
    SELECT b.port_id FROM firewall_group_ports b LEFT JOIN ports p ON p.id = b.port_id WHERE p.id IS NULL`,
  'firewall bindings whose group is gone': `
    SELECT b.group_id FROM firewall_group_ports b LEFT JOIN firewall_groups g ON g.id = b.group_id WHERE g.id IS NULL`,
};

/** A failed request: a non-2xx answer or no answer at all. */
export function failures(exchanges: readonly Exchange[]): Exchange[] {
  return exchanges.filter((exchange) => !succeeded(exchange));
}

/**
 * How long HAProxy may still route to a replica that died: 3 failed checks 300 ms apart, and the
 * check that notices. Requests it sends there meanwhile reached the dead replica's backlog.
 */
export const DETECTION_MS = 1_500;

/**
 * The failures a SIGKILL may cause: requests on the killed replica, i.e. in flight there at that
 * instant, or sent there before HAProxy's checks marked it down. Either HAProxy names it in
 * `x-replica` (a 502/503 it generated) or the request got no answer at all (HAProxy had begun
 * relaying and dropped the client connection, so no header says who). Everything else, requests
 * answered by another replica or sent after the replica was marked down, must have succeeded.
 */
export function unexplainedFailures(exchanges: readonly Exchange[], killedAt: number, killed: string): Exchange[] {
  const onKilled = (exchange: Exchange) => exchange.replica === killed || exchange.status === 0;
  const beforeDetection = (exchange: Exchange) => exchange.startedAt <= killedAt + DETECTION_MS && exchange.endedAt >= killedAt;
  return failures(exchanges).filter((exchange) => !(onKilled(exchange) && beforeDetection(exchange)));
}

/** Rules the database breaks, by name; empty when consistent (no orphans, no address twice). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function brokenInvariants(db: Kysely<any>, withFirewall: boolean): Promise<Record<string, unknown[]>> {
  return findInconsistencies(db, withFirewall ? { ...CORE_INVARIANTS, ...FIREWALL_INVARIANTS } : CORE_INVARIANTS);
}

/** Every acknowledged write read back through the load balancer: present ones 200, deleted ones 404, bindings kept. */
export async function missingWrites(url: string, acknowledged: Acknowledged): Promise<string[]> {
  const client = new Client(url, 'replicas');
  const problems: string[] = [];
  for (const path of acknowledged.present) {
    const answer = await client.send('GET', path);
    if (answer.status !== 200) problems.push(`acknowledged ${path} answers ${answer.status}`);
  }
  for (const path of acknowledged.deleted) {
    const answer = await client.send('GET', path);
    if (answer.status !== 404) problems.push(`acknowledged deletion of ${path} answers ${answer.status}`);
  }
  for (const [group, port] of acknowledged.bindings) {
    const answer = await client.send('GET', group);
    const ports = (answer.body?.firewall_group?.ports ?? []) as string[];
    if (!ports.includes(port)) problems.push(`acknowledged binding of ${port} to ${group} is gone`);
  }
  return problems;
}

/** Addresses two ports hold at once on the race subnet, read through the API. */
export function duplicateAddresses(ports: readonly { fixed_ips: { subnet_id: string; ip_address: string }[] }[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const address of ports.flatMap((port) => port.fixed_ips.map((ip) => `${ip.subnet_id}/${ip.ip_address}`))) {
    if (seen.has(address)) duplicates.push(address);
    seen.add(address);
  }
  return duplicates;
}
