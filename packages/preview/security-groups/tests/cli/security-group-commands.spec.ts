import { stabilityLabel } from '@switchyard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliInstall, installAlone, packageMetadata } from './run-cli.js';
import { type App, alice, bob, buildServiceApp } from '../api/service-app.js';

// `switchyard security-group ...`, `security-group-rule ...` and `address-group ...` against a real server, through the CLI's own plugin discovery.
let app: App;
let url: string;
let cli: CliInstall;

beforeAll(async () => {
  app = await buildServiceApp();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  cli = installAlone();
});
afterAll(async () => {
  cli?.remove();
  await app?.close();
});

const { stability } = packageMetadata();
/** `[preview] ` for a preview, nothing once promoted: derived from package.json, like the CLI's own label. */
const LABEL = stability === 'preview' ? `${stabilityLabel(stability)} ` : '';

function plain(project: string, ...argv: string[]) {
  return cli.run(['--url', url, '--project', project, '--no-preview-warning', ...argv]);
}

/** Runs a command as `project` that must succeed, and returns its parsed `--json` output. */
async function json(project: string, ...argv: string[]) {
  const result = await plain(project, '--json', ...argv);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout === '' ? undefined : JSON.parse(result.stdout);
}

describe('switchyard security-group and security-group-rule', () => {
  it(`are in the help, labelled as package.json declares it (${stability})`, async () => {
    const top = await cli.run(['--help']);
    expect(top.code).toBe(0);
    const flat = top.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(` security-group ${LABEL}Manage security groups`);
    expect(flat).toContain(` security-group-rule ${LABEL}Manage security group rules`);
  });

  it('create, list, show, update and delete groups, the default group included', async () => {
    const { security_group: created } = await json(alice.project, 'security-group', 'create', '--name', 'web', '--stateful', 'false');
    expect(created).toMatchObject({ name: 'web', stateful: false, project_id: alice.project, security_group_rules: [] });
    const { security_groups: listed } = await json(alice.project, 'security-group', 'list');
    expect(listed.map((group: { name: string }) => group.name).sort()).toEqual(['default', 'web']);
    const { security_group: updated } = await json(alice.project, 'security-group', 'update', created.id, '--description', 'front ends');
    expect(updated).toMatchObject({ description: 'front ends', revision_number: 2 });
    const deleted = await plain(alice.project, 'security-group', 'delete', created.id);
    expect(deleted).toEqual({ code: 0, stdout: `Deleted security group ${created.id}.\n`, stderr: '' });
  });

  it('create, list and delete rules; a duplicate is the server refusal in one line, exit 1', async () => {
    const { security_group: group } = await json(alice.project, 'security-group', 'create', '--name', 'ssh');
    const argv = ['security-group-rule', 'create', '--security-group', group.id, '--direction', 'ingress', '--protocol', 'tcp', '--port-range-min', '22', '--port-range-max', '22'];
    const { security_group_rule: rule } = await json(alice.project, ...argv, '--remote-ip-prefix', '0.0.0.0/0');
    expect(rule).toMatchObject({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, ethertype: 'IPv4', remote_ip_prefix: '0.0.0.0/0' });
    const duplicate = await plain(alice.project, ...argv);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(new RegExp(`^switchyard: Security group rule already exists. Rule id is ${rule.id}.* \\(HTTP 409 SecurityGroupRuleExists\\)\\n$`));
    const table = await plain(alice.project, 'security-group-rule', 'list', '--filter', `security_group_id=${group.id}`);
    expect(table.stdout).toMatch(new RegExp(`^${rule.id} +${group.id} +ingress +IPv4 +tcp +22 +22 +0\\.0\\.0\\.0/0`, 'm'));
    expect((await plain(alice.project, 'security-group-rule', 'delete', rule.id)).code).toBe(0);
  });

  it("keeps projects apart: another project's group is a 404", async () => {
    const { security_group: group } = await json(alice.project, 'security-group', 'create', '--name', 'private');
    const hidden = await plain(bob.project, 'security-group', 'show', group.id);
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain('(HTTP 404 SecurityGroupNotFound)');
  });

  it('refuse bad option values before calling the server', async () => {
    const refused = await cli.run(['--url', url, 'security-group-rule', 'create', '--security-group', 'x', '--direction', 'sideways']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--direction');
  });
});

describe('switchyard address-group', () => {
  it(`is in the help, labelled as package.json declares it (${stability})`, async () => {
    const top = await cli.run(['--help']);
    expect(top.stdout.replace(/\s+/g, ' ')).toContain(` address-group ${LABEL}Manage address groups`);
  });

  it('creates with repeated --address, lists, updates, and is named by a rule (--remote-address-group); in use, it stays', async () => {
    const { address_group: created } = await json(alice.project, 'address-group', 'create', '--name', 'office', '--address', '192.0.2.7/24', '--address', '2001:db8::/64');
    expect(created).toMatchObject({ name: 'office', addresses: ['192.0.2.0/24', '2001:db8::/64'], project_id: alice.project });
    const table = await plain(alice.project, 'address-group', 'list');
    expect(table.stdout).toMatch(new RegExp(`^${created.id} +office`, 'm'));
    const { address_group: updated } = await json(alice.project, 'address-group', 'update', created.id, '--description', 'branch');
    expect(updated).toMatchObject({ description: 'branch', revision_number: 2 });

    const { security_group: group } = await json(alice.project, 'security-group', 'create', '--name', 'https');
    const { security_group_rule: rule } = await json(alice.project, 'security-group-rule', 'create', '--security-group', group.id, '--direction', 'ingress', '--remote-address-group', created.id);
    expect(rule).toMatchObject({ remote_address_group_id: created.id, remote_ip_prefix: null });
    const inUse = await plain(alice.project, 'address-group', 'delete', created.id);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain('(HTTP 409 AddressGroupInUse)');
    expect((await plain(alice.project, 'security-group-rule', 'delete', rule.id)).code).toBe(0);
    expect(await plain(alice.project, 'address-group', 'delete', created.id)).toEqual({ code: 0, stdout: `Deleted address group ${created.id}.\n`, stderr: '' });
  });

  it("keeps projects apart: another project's address group is a 404", async () => {
    const { address_group: created } = await json(alice.project, 'address-group', 'create', '--name', 'private');
    const hidden = await plain(bob.project, 'address-group', 'show', created.id);
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain('(HTTP 404 AddressGroupNotFound)');
  });
});
