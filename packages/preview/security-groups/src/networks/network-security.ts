import type { NetworkAttributeExtension } from '@switchyard/sdk';
import { forgetNetworkSecurity, networkSecurityOf, setNetworkSecurity } from '../store/network-security-store.js';
import type { SecurityGroupDb } from '../store/tables.js';

const PORT_SECURITY_ON = Object.freeze({ port_security_enabled: true });
const PORT_SECURITY_OFF = Object.freeze({ port_security_enabled: false });

/**
 * Neutron's port-security on networks: `port_security_enabled` (default true) is the default of
 * every port created on the network afterwards. Changing it changes only the network; its
 * existing ports keep theirs, as in Neutron.
 */
export const networkSecurityAttributes: NetworkAttributeExtension = {
  attributes: {
    port_security_enabled: {
      schema: { type: 'boolean' },
      description: 'The port security status of the network (default true): the default port_security_enabled of a port created on it.',
    },
  },
  async created({ network, attributes }, context) {
    // A new network has no row: only turning it off writes one (no statement on the usual create).
    if (attributes.get('port_security_enabled') === false) await setNetworkSecurity(context.db as SecurityGroupDb, network.id, false);
  },
  async updated({ network, attributes }, context) {
    const enabled = attributes.get('port_security_enabled') as boolean | undefined;
    if (enabled !== undefined) await setNetworkSecurity(context.db as SecurityGroupDb, network.id, enabled);
  },
  async present(networks, context) {
    const ids = networks.map((network) => network.id);
    const stored = await networkSecurityOf(context.db as SecurityGroupDb, ids);
    // Only networks with it off have a row; one shared answer per value keeps a page's lists cheap.
    return new Map(ids.map((id) => [id, stored.get(id) === false ? PORT_SECURITY_OFF : PORT_SECURITY_ON]));
  },
};

/** The port_security_enabled a new port on the network takes when its create sends none. */
export async function networkDefaultOf(db: SecurityGroupDb, networkId: string): Promise<boolean> {
  return (await networkSecurityOf(db, [networkId])).get(networkId) ?? true;
}

/** A deleted network leaves its port security flag. */
export async function forgetNetwork(db: SecurityGroupDb, networkId: string): Promise<void> {
  await forgetNetworkSecurity(db, networkId);
}
