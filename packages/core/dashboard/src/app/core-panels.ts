import { type DashboardPanel, type PanelResource, defineDashboardPanel } from '../contract/panel.js';
import { displayValue } from './cell-text.js';
import { formatAllocationPools, parseAllocationPools } from './allocation-pools.js';

const ROUTER_INTERFACE_PORTS = '/v2.0/ports?device_owner=network:router_interface';

const fixedIps = (port: PanelResource) => displayValue((port.fixed_ips as Array<{ ip_address: string }> | undefined)?.map((ip) => ip.ip_address));

const network = { path: '/v2.0/networks', collection: 'networks' };
const subnet = { path: '/v2.0/subnets', collection: 'subnets', label: (resource: PanelResource) => `${String(resource.cidr)} (${String(resource.name || resource.id)})` };

export const networksPanel = defineDashboardPanel({
  title: 'Networks',
  sections: [
    {
      kind: 'resources',
      title: 'Networks',
      path: '/v2.0/networks',
      collection: 'networks',
      resource: 'network',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Project', value: 'project_id' },
        { label: 'Subnets', value: 'subnets' },
        { label: 'Status', value: 'status' },
      ],
      create: [
        { name: 'name', label: 'Name', required: true },
        { name: 'admin_state_up', label: 'Admin state up', kind: 'boolean', checked: true },
      ],
    },
  ],
});

export const subnetsPanel = defineDashboardPanel({
  title: 'Subnets',
  sections: [
    {
      kind: 'resources',
      title: 'Subnets',
      path: '/v2.0/subnets',
      collection: 'subnets',
      resource: 'subnet',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'CIDR', value: 'cidr' },
        { label: 'Network', value: 'network_id' },
        { label: 'Gateway', value: 'gateway_ip' },
        { label: 'Allocation pools', value: (resource) => formatAllocationPools(resource.allocation_pools) },
      ],
      create: [
        { name: 'network_id', label: 'Network', kind: 'reference', required: true, reference: network },
        { name: 'name', label: 'Name' },
        { name: 'cidr', label: 'CIDR', required: true, placeholder: '10.0.0.0/24' },
        { name: 'ip_version', label: 'IP version', kind: 'choice', choices: ['4', '6'], required: true, parse: Number },
        { name: 'gateway_ip', label: 'Gateway IP', placeholder: 'first address when left empty' },
        {
          name: 'allocation_pools',
          label: 'Allocation pools',
          placeholder: '10.0.0.10-10.0.0.50, 10.0.0.100-10.0.0.120',
          help: 'start-end ranges separated by commas; the whole subnet but the gateway when left empty',
          parse: parseAllocationPools,
        },
      ],
    },
  ],
});

export const portsPanel = defineDashboardPanel({
  title: 'Ports',
  sections: [
    {
      kind: 'resources',
      title: 'Ports',
      path: '/v2.0/ports',
      collection: 'ports',
      resource: 'port',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Network', value: 'network_id' },
        { label: 'Fixed IPs', value: fixedIps },
        { label: 'MAC', value: 'mac_address' },
        { label: 'Device owner', value: 'device_owner' },
      ],
      create: [
        { name: 'network_id', label: 'Network', kind: 'reference', required: true, reference: network },
        { name: 'name', label: 'Name' },
      ],
    },
  ],
});

export const routersPanel = defineDashboardPanel({
  title: 'Routers',
  sections: [
    {
      kind: 'resources',
      title: 'Routers',
      path: '/v2.0/routers',
      collection: 'routers',
      resource: 'router',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Project', value: 'project_id' },
        { label: 'Status', value: 'status' },
      ],
      create: [{ name: 'name', label: 'Name', required: true }],
      actions: [
        {
          label: 'Add interface',
          method: 'PUT',
          path: (router) => `/v2.0/routers/${encodeURIComponent(String(router.id))}/add_router_interface`,
          fields: [{ name: 'subnet_id', label: 'Subnet', kind: 'reference', required: true, reference: subnet }],
        },
        {
          label: 'Remove interface',
          method: 'PUT',
          path: (router) => `/v2.0/routers/${encodeURIComponent(String(router.id))}/remove_router_interface`,
          fields: [{ name: 'subnet_id', label: 'Subnet', kind: 'reference', required: true, reference: subnet }],
        },
      ],
    },
    {
      kind: 'resources',
      title: 'Router interfaces',
      path: ROUTER_INTERFACE_PORTS,
      collection: 'ports',
      resource: 'port',
      // Interfaces come and go through the router's actions above, not as ports.
      deletable: false,
      columns: [
        { label: 'Router', value: 'device_id' },
        { label: 'Port', value: 'id' },
        { label: 'Subnet', value: (port) => displayValue((port.fixed_ips as Array<{ subnet_id: string }> | undefined)?.map((ip) => ip.subnet_id)) },
        { label: 'Address', value: fixedIps },
      ],
    },
  ],
});

/** The core's panels, in menu order, keyed by the id the menu links to. */
export const CORE_PANELS: ReadonlyArray<{ id: string; panel: DashboardPanel }> = [
  { id: 'networks', panel: networksPanel },
  { id: 'subnets', panel: subnetsPanel },
  { id: 'ports', panel: portsPanel },
  { id: 'routers', panel: routersPanel },
];
