import type { DashboardPanel, PanelReference, PanelResource } from '@switchyard/dashboard';

/*
 * The security groups' dashboard panel, served by the server as one module to the browser: it
 * imports nothing at run time (a shared chunk would be a second file the server does not serve),
 * so the choices below repeat the rule schema's and neutron-lib's protocol names; panel.spec.ts
 * keeps them equal. The shell, not this file, labels the panel from package.json's stability.
 */
const DIRECTIONS = ['ingress', 'egress'];
const ETHERTYPES = ['IPv4', 'IPv6'];
const PROTOCOLS = [
  'ah',
  'dccp',
  'egp',
  'esp',
  'gre',
  'hopopt',
  'icmp',
  'igmp',
  'ipip',
  'ipv6-encap',
  'ipv6-frag',
  'ipv6-icmp',
  'icmpv6',
  'ipv6-nonxt',
  'ipv6-opts',
  'ipv6-route',
  'ospf',
  'pgm',
  'rsvp',
  'sctp',
  'tcp',
  'udp',
  'udplite',
  'vrrp',
];

const groups: PanelReference = { path: '/v2.0/security-groups', collection: 'security_groups' };
const addressGroups: PanelReference = { path: '/v2.0/address-groups', collection: 'address_groups' };

/** "22", "1000-2000", or "any" when the rule takes every port (ICMP: type and code). */
function portRangeText(rule: PanelResource): string {
  const [min, max] = [rule.port_range_min, rule.port_range_max];
  if (min === null || min === undefined) return 'any';
  return max === null || max === undefined || max === min ? String(min) : `${String(min)}-${String(max)}`;
}

/** Where the traffic may come from (ingress) or go to (egress): a prefix, a group, an address group, or anywhere. */
function remoteText(rule: PanelResource): string {
  if (typeof rule.remote_ip_prefix === 'string') return rule.remote_ip_prefix;
  if (typeof rule.remote_group_id === 'string') return `group ${rule.remote_group_id}`;
  if (typeof rule.remote_address_group_id === 'string') return `address group ${rule.remote_address_group_id}`;
  return 'any';
}

/** "192.0.2.0/24, 2001:db8::/64" as the list of CIDRs the API takes. */
function addressList(text: string): string[] {
  return text.split(/[\s,]+/).filter((address) => address !== '');
}

const addressesText = (group: PanelResource) => (group.addresses as string[] | undefined)?.join(', ') ?? '';

/** `PUT /v2.0/address-groups/{id}/<action>` with the addresses entered. */
function addressAction(label: string, action: 'add_addresses' | 'remove_addresses') {
  return {
    label,
    method: 'PUT' as const,
    path: (group: PanelResource) => `/v2.0/address-groups/${encodeURIComponent(String(group.id))}/${action}`,
    fields: [{ name: 'addresses', label: 'Addresses', required: true, placeholder: '192.0.2.0/24, 2001:db8::/64', parse: addressList }],
  };
}

const ruleCount = (group: PanelResource) => String((group.security_group_rules as unknown[] | undefined)?.length ?? 0);
const portAddresses = (port: PanelResource) => (port.fixed_ips as Array<{ ip_address: string }> | undefined)?.map((ip) => ip.ip_address).join(', ') ?? '';

/** `PUT /v2.0/ports/{id}` replaces the port's groups with those picked; none picked empties them. */
function portGroupsBody(values: Record<string, unknown>): unknown {
  return { port: { security_groups: values.security_groups ?? [] } };
}

/**
 * The security groups' panel, found by the server through this package's `./dashboard` export:
 * groups, their rules, address groups, and which groups each port is in.
 *
 * @beta
 */
const panel: DashboardPanel = {
  title: 'Security groups',
  description: "Groups of rules saying which traffic a project's ports accept; a port sending no groups is in its project's default group.",
  sections: [
    {
      kind: 'resources',
      title: 'Security groups',
      path: '/v2.0/security-groups',
      collection: 'security_groups',
      resource: 'security_group',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Description', value: 'description' },
        { label: 'Stateful', value: 'stateful' },
        { label: 'Rules', value: ruleCount },
      ],
      create: [
        { name: 'name', label: 'Name', required: true },
        { name: 'description', label: 'Description' },
        { name: 'stateful', label: 'Stateful', kind: 'boolean', checked: true, help: 'replies to allowed traffic are allowed' },
      ],
    },
    {
      kind: 'resources',
      title: 'Security group rules',
      path: '/v2.0/security-group-rules',
      collection: 'security_group_rules',
      resource: 'security_group_rule',
      columns: [
        { label: 'ID', value: 'id' },
        { label: 'Group', value: 'security_group_id' },
        { label: 'Direction', value: 'direction' },
        { label: 'Ethertype', value: 'ethertype' },
        { label: 'Protocol', value: (rule) => String(rule.protocol ?? 'any') },
        { label: 'Ports', value: portRangeText },
        { label: 'Remote', value: remoteText },
        { label: 'Description', value: 'description' },
      ],
      create: [
        { name: 'security_group_id', label: 'Group', kind: 'reference', required: true, reference: groups },
        { name: 'direction', label: 'Direction', kind: 'choice', choices: DIRECTIONS, required: true },
        { name: 'ethertype', label: 'Ethertype', kind: 'choice', choices: ETHERTYPES },
        { name: 'protocol', label: 'Protocol', kind: 'choice', choices: PROTOCOLS, help: 'left at (default): any protocol' },
        { name: 'port_range_min', label: 'Port from', kind: 'number', help: 'ICMP: the type' },
        { name: 'port_range_max', label: 'Port to', kind: 'number', help: 'ICMP: the code' },
        { name: 'remote_ip_prefix', label: 'Remote IP prefix', placeholder: '192.0.2.0/24', help: 'or a remote group or address group: one of the three' },
        { name: 'remote_group_id', label: 'Remote group', kind: 'reference', reference: groups },
        { name: 'remote_address_group_id', label: 'Remote address group', kind: 'reference', reference: addressGroups },
        { name: 'description', label: 'Description' },
      ],
    },
    {
      kind: 'resources',
      title: 'Address groups',
      path: '/v2.0/address-groups',
      collection: 'address_groups',
      resource: 'address_group',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Description', value: 'description' },
        { label: 'Addresses', value: addressesText },
      ],
      create: [
        { name: 'name', label: 'Name', required: true },
        { name: 'description', label: 'Description' },
        { name: 'addresses', label: 'Addresses', placeholder: '192.0.2.0/24, 2001:db8::/64', help: 'CIDRs, separated by commas or spaces', parse: addressList },
      ],
      actions: [addressAction('Add addresses', 'add_addresses'), addressAction('Remove addresses', 'remove_addresses')],
    },
    {
      kind: 'resources',
      title: 'Port security groups',
      path: '/v2.0/ports',
      collection: 'ports',
      resource: 'port',
      // The ports panel owns ports; here they are only put in groups.
      deletable: false,
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Addresses', value: portAddresses },
        { label: 'Security groups', value: 'security_groups' },
        { label: 'Port security', value: 'port_security_enabled' },
      ],
      actions: [
        {
          label: 'Set security groups',
          method: 'PUT',
          path: (port) => `/v2.0/ports/${encodeURIComponent(String(port.id))}`,
          fields: [{ name: 'security_groups', label: 'Security groups', kind: 'references', reference: groups, help: 'none picked: the port is in no group' }],
          body: portGroupsBody,
        },
      ],
    },
  ],
};

export default panel;
