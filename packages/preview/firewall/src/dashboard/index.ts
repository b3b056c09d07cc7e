import type { DashboardPanel, PanelReference, PanelResource } from '@switchyard/dashboard';

/*
 * The firewall's dashboard panel, served by the server as one module to the browser: it imports
 * nothing at run time (a shared chunk would be a second file the server does not serve), so the
 * choices below repeat the rule schema's; panel.spec.ts keeps them equal. The shell, not this
 * file, labels the panel Preview from package.json's stability.
 */
const PROTOCOLS = ['tcp', 'udp', 'icmp'];
const ACTIONS = ['allow', 'deny', 'reject'];

const interfaceAddress = (port: PanelResource) => (port.fixed_ips as Array<{ ip_address: string }> | undefined)?.map((ip) => ip.ip_address).join(', ') ?? '';

const routerPorts: PanelReference = {
  path: '/v2.0/ports?device_owner=network:router_interface',
  collection: 'ports',
  label: (port) => `${interfaceAddress(port)} (router ${String(port.device_id)}, port ${String(port.id)})`,
};
const rules: PanelReference = { path: '/v2.0/fwaas/firewall_rules', collection: 'firewall_rules' };
const policies: PanelReference = { path: '/v2.0/fwaas/firewall_policies', collection: 'firewall_policies' };

/** `POST /v2.0/fwaas/evaluate` takes the packet under `packet`; the form's values are the packet. */
function evaluationBody(values: Record<string, unknown>): unknown {
  return { packet: values };
}

function describeEvaluation(response: unknown): string {
  const evaluation = (response as { evaluation?: { verdict?: string; message?: string } }).evaluation;
  return `${String(evaluation?.verdict ?? 'no verdict').toUpperCase()}: ${String(evaluation?.message ?? '')}`;
}

/**
 * The firewall's panel, found by the server through this package's `./dashboard` export.
 *
 * @beta
 */
const panel: DashboardPanel = {
  title: 'Firewall',
  description: 'FWaaS v2: rules, ordered into policies, enforced by firewall groups on router interface ports.',
  sections: [
    {
      kind: 'resources',
      title: 'Firewall rules',
      path: '/v2.0/fwaas/firewall_rules',
      collection: 'firewall_rules',
      resource: 'firewall_rule',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Protocol', value: (rule) => String(rule.protocol ?? 'any') },
        { label: 'Source', value: 'source_ip_address' },
        { label: 'Destination', value: 'destination_ip_address' },
        { label: 'Destination port', value: 'destination_port' },
        { label: 'Action', value: 'action' },
        { label: 'Enabled', value: 'enabled' },
      ],
      create: [
        { name: 'name', label: 'Name' },
        { name: 'protocol', label: 'Protocol', kind: 'choice', choices: [...PROTOCOLS, 'any'] },
        { name: 'action', label: 'Action', kind: 'choice', choices: ACTIONS },
        { name: 'ip_version', label: 'IP version', kind: 'choice', choices: ['4', '6'], parse: Number },
        { name: 'source_ip_address', label: 'Source address or CIDR' },
        { name: 'destination_ip_address', label: 'Destination address or CIDR' },
        { name: 'source_port', label: 'Source port', placeholder: '"N" or "N:M"' },
        { name: 'destination_port', label: 'Destination port', placeholder: '"N" or "N:M"' },
        { name: 'enabled', label: 'Enabled', kind: 'boolean', checked: true },
      ],
    },
    {
      kind: 'resources',
      title: 'Firewall policies',
      path: '/v2.0/fwaas/firewall_policies',
      collection: 'firewall_policies',
      resource: 'firewall_policy',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Rules, in order', value: 'firewall_rules' },
        { label: 'Audited', value: 'audited' },
      ],
      create: [
        { name: 'name', label: 'Name' },
        { name: 'firewall_rules', label: 'Rules', kind: 'references', reference: rules, help: 'in precedence order' },
      ],
      actions: [
        {
          label: 'Insert rule',
          method: 'PUT',
          path: (policy) => `/v2.0/fwaas/firewall_policies/${encodeURIComponent(String(policy.id))}/insert_rule`,
          fields: [{ name: 'firewall_rule_id', label: 'Rule', kind: 'reference', required: true, reference: rules }],
        },
      ],
    },
    {
      kind: 'resources',
      title: 'Firewall groups',
      path: '/v2.0/fwaas/firewall_groups',
      collection: 'firewall_groups',
      resource: 'firewall_group',
      columns: [
        { label: 'Name', value: 'name' },
        { label: 'ID', value: 'id' },
        { label: 'Ingress policy', value: 'ingress_firewall_policy_id' },
        { label: 'Egress policy', value: 'egress_firewall_policy_id' },
        { label: 'Router ports', value: 'ports' },
        { label: 'Status', value: 'status' },
      ],
      create: [
        { name: 'name', label: 'Name' },
        { name: 'ingress_firewall_policy_id', label: 'Ingress policy', kind: 'reference', reference: policies },
        { name: 'egress_firewall_policy_id', label: 'Egress policy', kind: 'reference', reference: policies },
        { name: 'ports', label: 'Router ports', kind: 'references', reference: routerPorts, help: 'router interface ports to enforce the group on' },
      ],
    },
    {
      kind: 'action',
      title: 'Evaluate a packet',
      description: 'What the firewall does with one packet crossing a router port, and why.',
      method: 'POST',
      path: '/v2.0/fwaas/evaluate',
      fields: [
        { name: 'port_id', label: 'Router port', kind: 'reference', required: true, reference: routerPorts },
        { name: 'direction', label: 'Direction', kind: 'choice', choices: ['ingress', 'egress'], required: true },
        { name: 'protocol', label: 'Protocol', kind: 'choice', choices: PROTOCOLS, required: true },
        { name: 'source_ip_address', label: 'Source address', required: true },
        { name: 'destination_ip_address', label: 'Destination address', required: true },
        { name: 'source_port', label: 'Source port', kind: 'number' },
        { name: 'destination_port', label: 'Destination port', kind: 'number' },
      ],
      body: evaluationBody,
      result: describeEvaluation,
    },
  ],
};

export default panel;
