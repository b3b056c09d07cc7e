import { type CorePort, type PortAttributeExtension, type PortCaller, notFound } from '@switchyard/sdk';
import { pairsNeedPortSecurity, portHasSecurityGroup, securityNeedsPortSecurity } from '../errors.js';
import { ensureDefaultGroup } from '../service/default-group.js';
import { type StoredAddressPair, forgetPairs, pairsOfPorts, replacePairs } from '../store/address-pairs-store.js';
import { bindPort, forgetPortSecurity, groupsOfPorts, portSecurityOf, portsInGroupsQuery, setPortSecurity, unbindPort } from '../store/port-bindings-store.js';
import { groupsSharedWith } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { addressPairsAttribute, presentedAddressPairs, sentAddressPairs } from './address-pairs.js';

/**
 * The port attributes of Neutron's security-group, port-security and allowed-address-pairs
 * extensions: which groups a port is in, whether port security is on, and the further addresses
 * it may send from. A port that sends no groups gets its project's default group, as Neutron's
 * _ensure_default_security_group_on_port does.
 */
export const portSecurityAttributes: PortAttributeExtension = {
  attributes: {
    security_groups: {
      schema: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 36 }, maxItems: 64 },
      description: "IDs of the security groups the port is in; the port's project's default group when a create sends none. As a list filter, the ports in any of the groups given.",
      filter: true,
    },
    port_security_enabled: {
      schema: { type: 'boolean' },
      description: 'Whether security groups apply to the port; default true. False needs security_groups [] and allowed_address_pairs [].',
    },
    allowed_address_pairs: addressPairsAttribute,
  },
  async created({ port, attributes, caller }, context) {
    const db = context.db as SecurityGroupDb;
    const enabled = (attributes.get('port_security_enabled') as boolean | undefined) ?? true;
    const sent = sentGroups(attributes);
    const pairs = sentAddressPairs(attributes, port) ?? [];
    if (!enabled && sent !== undefined && sent.length > 0) throw securityNeedsPortSecurity();
    if (!enabled && pairs.length > 0) throw pairsNeedPortSecurity();
    const groups = enabled ? (sent ?? (await defaultGroupsOf(db, port))) : [];
    await checkUsable(db, caller, port, groups);
    await setPortSecurity(db, port.id, enabled);
    await bindPort(db, port.id, groups);
    await replacePairs(db, port.id, pairs);
  },
  async updated({ port, attributes, caller }, context) {
    if (attributes.size === 0) return;
    const db = context.db as SecurityGroupDb;
    const sent = sentGroups(attributes);
    const sentPairs = sentAddressPairs(attributes, port);
    const groups = sent ?? (await groupsOfPorts(db, [port.id])).get(port.id) ?? [];
    const pairs: readonly StoredAddressPair[] = sentPairs ?? (await pairsOfPorts(db, [port.id])).get(port.id) ?? [];
    const enabled = (attributes.get('port_security_enabled') as boolean | undefined) ?? (await portSecurityOf(db, [port.id])).get(port.id) ?? true;
    if (!enabled && groups.length > 0) throw sent === undefined ? portHasSecurityGroup(port.id) : securityNeedsPortSecurity();
    if (!enabled && pairs.length > 0) throw pairsNeedPortSecurity();
    if (sent !== undefined) {
      await checkUsable(db, caller, port, sent);
      await unbindPort(db, port.id);
      await bindPort(db, port.id, sent);
    }
    if (sentPairs !== undefined) await replacePairs(db, port.id, sentPairs);
    await setPortSecurity(db, port.id, enabled);
  },
  // Only the caller's visible ports are listed, so naming another project's group shows nothing of it.
  filter: ({ values }, context) => portsInGroupsQuery(context.db as SecurityGroupDb, values),
  async present(ports, context) {
    const db = context.db as SecurityGroupDb;
    const ids = ports.map((port) => port.id);
    const [groups, security, pairs] = await Promise.all([groupsOfPorts(db, ids), portSecurityOf(db, ids), presentedAddressPairs(db, ports)]);
    // A port made before the plugin was enabled, or by the core (a router interface), has no
    // rows: it is in no group, with port security on, as Neutron shows such ports.
    return new Map(
      ids.map((id) => [id, { security_groups: groups.get(id) ?? [], port_security_enabled: security.get(id) ?? true, allowed_address_pairs: pairs.get(id) ?? [] }]),
    );
  },
};

/** A deleted port leaves its groups, its port security flag and its address pairs. */
export async function forgetPort(db: SecurityGroupDb, portId: string): Promise<void> {
  await unbindPort(db, portId);
  await forgetPortSecurity(db, portId);
  await forgetPairs(db, portId);
}

/** The groups the body sent, each once (Neutron dedups them too); undefined when it sent none. */
function sentGroups(attributes: ReadonlyMap<string, unknown>): string[] | undefined {
  const sent = attributes.get('security_groups') as string[] | undefined;
  return sent === undefined ? undefined : [...new Set(sent)];
}

/** Ports the network itself owns (router interfaces, DHCP) are trusted: Neutron puts them in no group. */
async function defaultGroupsOf(db: SecurityGroupDb, port: CorePort): Promise<string[]> {
  if (port.device_owner.startsWith('network:')) return [];
  return [await ensureDefaultGroup(db, port.project_id)];
}

/**
 * Every group must exist and, unless an admin asks, belong to the port's project or be shared
 * with it (rbac-security-groups): any other group is as missing as one that never existed (404,
 * naming what was sent).
 */
async function checkUsable(db: SecurityGroupDb, caller: PortCaller, port: CorePort, groupIds: readonly string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const rows = await db.selectFrom('security_groups').select(['id', 'project_id']).where('id', 'in', groupIds).execute();
  const shared = caller.isAdmin ? new Set<string>() : await groupsSharedWith(db, port.project_id, groupIds);
  const usable = new Set(rows.filter((row) => caller.isAdmin || row.project_id === port.project_id || shared.has(row.id)).map((row) => row.id));
  const missing = groupIds.filter((id) => !usable.has(id));
  if (missing.length > 0) throw notFound('security_group', missing.join(', '));
}
