import { type Kysely, sql } from 'kysely';

/**
 * What must hold in the core's tables whatever raced: each check is a query for the rows that
 * break a rule, so a failure names them. Foreign keys enforce some of these already; checking
 * them anyway catches a constraint a migration forgot.
 */
export const CORE_INVARIANTS: Record<string, string> = {
  'ports without their network': `
    SELECT p.id FROM ports p LEFT JOIN networks n ON n.id = p.network_id WHERE n.id IS NULL`,
  'subnets without their network': `
    SELECT s.id FROM subnets s LEFT JOIN networks n ON n.id = s.network_id WHERE n.id IS NULL`,
  'subnet details without their subnet': `
    SELECT d.subnet_id FROM (
      SELECT subnet_id FROM subnet_allocation_pools UNION ALL
      SELECT subnet_id FROM subnet_dns_nameservers UNION ALL
      SELECT subnet_id FROM subnet_host_routes) d
    LEFT JOIN subnets s ON s.id = d.subnet_id WHERE s.id IS NULL`,
  'addresses without their port or subnet': `
    SELECT a.ip_address FROM ip_allocations a
    LEFT JOIN ports p ON p.id = a.port_id LEFT JOIN subnets s ON s.id = a.subnet_id
    WHERE p.id IS NULL OR s.id IS NULL`,
  'addresses on another network than their port or subnet': `
    SELECT a.ip_address FROM ip_allocations a
    JOIN ports p ON p.id = a.port_id JOIN subnets s ON s.id = a.subnet_id
    WHERE a.network_id <> p.network_id OR a.network_id <> s.network_id`,
  'addresses outside their subnet': `
    SELECT a.ip_address FROM ip_allocations a JOIN subnets s ON s.id = a.subnet_id
    WHERE NOT (a.ip_address::inet <<= s.cidr::cidr)`,
  'addresses handed out twice on a subnet': `
    SELECT subnet_id, ip_address FROM ip_allocations GROUP BY subnet_id, ip_address HAVING count(*) > 1`,
  'overlapping subnets on one network': `
    SELECT one.id AS one, other.id AS other, one.cidr AS one_cidr, other.cidr AS other_cidr FROM subnets one JOIN subnets other
    ON one.network_id = other.network_id AND one.id < other.id AND one.cidr::cidr && other.cidr::cidr`,
  'router interfaces whose router is gone': `
    SELECT p.id FROM ports p LEFT JOIN routers r ON r.id = p.device_id
    WHERE p.device_owner = 'network:router_interface' AND r.id IS NULL`,
  'routers with two interfaces on one subnet': `
    SELECT p.device_id, a.subnet_id FROM ports p JOIN ip_allocations a ON a.port_id = p.id
    WHERE p.device_owner = 'network:router_interface' GROUP BY p.device_id, a.subnet_id HAVING count(DISTINCT p.id) > 1`,
};

/** Every broken rule with the rows that break it; empty when the database is consistent. */
// The tables belong to the core and plugins alike; the checks are plain SQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function findInconsistencies(db: Kysely<any>, invariants: Record<string, string>): Promise<Record<string, unknown[]>> {
  const broken: Record<string, unknown[]> = {};
  for (const [rule, query] of Object.entries(invariants)) {
    const { rows } = await sql.raw(query).execute(db);
    if (rows.length > 0) broken[rule] = rows;
  }
  return broken;
}
