import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildFirewallApp, firewallMetadata } from '../api/firewall-app.js';
import { type CliInstall, installAlone } from './run-cli.js';

// `switchyard firewall ...` against a real server, through the CLI's own plugin discovery.
let app: App;
let url: string;
let install: CliInstall;
beforeAll(async () => {
  app = await buildFirewallApp();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  install = installAlone();
});
afterAll(async () => {
  install?.remove();
  await app?.close();
});

/** Labels follow the firewall's package.json, so these pass before and after promotion. */
const { stability } = firewallMetadata;
const LABEL = stability === 'preview' ? '[preview] ' : '';
const NOTICE =
  stability === 'preview'
    ? 'switchyard: firewall is a preview service; its commands and API may change. Silence with --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1\n'
    : '';
/** Help text starting with the label, then `text`. */
const labelled = (text: string) => new RegExp(`^${LABEL.replace(/[[\]]/g, '\\$&')}${text}`, 'm');

/** The description commander prints after a command's name in a help listing. */
function helpDescription(help: string, command: string): string | undefined {
  return help.split('\n').find((line) => line.startsWith(`  ${command} `))?.replace(/^ {2}\S+ +/, '');
}

const runCli = (argv: string[], env: Record<string, string> = {}) => install.run(argv, { env });
const cli = (...argv: string[]) => runCli(['--url', url, ...argv]);

/** Runs a command that must succeed and returns its parsed `--json` output. */
async function runJson<T = Record<string, unknown>>(argv: string[]): Promise<T> {
  const result = await cli('--json', ...argv);
  if (result.code !== 0) throw new Error(`switchyard ${argv.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** A subnet behind a router: returns the router interface port a group can be bound to. */
async function routerPort(cidr: string): Promise<string> {
  const { network } = await runJson<{ network: { id: string } }>(['network', 'create']);
  const { subnet } = await runJson<{ subnet: { id: string } }>(['subnet', 'create', '--network', network.id, '--cidr', cidr]);
  const { router } = await runJson<{ router: { id: string } }>(['router', 'create']);
  const attached = await runJson<{ port_id: string }>(['router', 'add-interface', router.id, '--subnet', subnet.id]);
  return attached.port_id;
}

describe('plugin commands in help', () => {
  it(`mark the firewall as its package.json declares it (${stability}) and leave core commands unmarked`, async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(helpDescription(help.stdout, 'firewall')).toMatch(labelled('Firewall rules'));
    expect(help.stdout).toMatch(/^ {2}network +Manage networks$/m);
    expect(help.stdout).not.toMatch(/network +\[preview\]/);
  });

  it(`mark every firewall subcommand as its package.json declares it (${stability})`, async () => {
    const help = await runCli(['firewall', 'policy', '--help']);
    const commands = help.stdout.split('Commands:\n')[1].split('\n').filter((line) => /^ {2}[a-z]/.test(line) && !line.startsWith('  help'));
    expect(commands.map((line) => line.trim().split(/ {2,}/)[0])).toEqual([
      'create [options]',
      'delete <id>',
      'insert-rule [options] <policy>',
      'list',
      'remove-rule [options] <policy>',
      'show <id>',
      'update [options] <id>',
    ]);
    for (const line of commands) expect(line.includes('[preview] ')).toBe(stability === 'preview');
    expect((await runCli(['firewall', 'evaluate', '--help'])).stdout).toMatch(labelled('Show the verdict'));
  });
});

describe('the preview notice', () => {
  it(`is printed on stderr when a firewall command runs exactly if it is a preview (${stability}), and never on stdout`, async () => {
    const result = await cli('firewall', 'rule', 'list');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(NOTICE);
    expect(result.stdout).toMatch(/^ID +NAME +PROTOCOL/);
  });

  it('is silenced by --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1', async () => {
    expect((await cli('firewall', 'rule', 'list', '--no-preview-warning')).stderr).toBe('');
    expect((await runCli(['--url', url, 'firewall', 'rule', 'list'], { SWITCHYARD_NO_PREVIEW_WARNING: '1' })).stderr).toBe('');
  });

  it('is not printed by core commands', async () => {
    expect((await cli('network', 'list')).stderr).toBe('');
  });
});

describe('firewall commands against a running server', () => {
  it('build a policy, bind a group to a router port and evaluate packets', async () => {
    const portId = await routerPort('10.30.0.0/24');
    const quiet = ['--no-preview-warning'];
    const { firewall_rule: ssh } = await runJson<{ firewall_rule: { id: string; destination_port: string } }>([
      ...quiet,
      'firewall',
      'rule',
      'create',
      '--name',
      'ssh',
      '--protocol',
      'tcp',
      '--destination-port',
      '22',
      '--action',
      'allow',
    ]);
    expect(ssh.destination_port).toBe('22');
    const { firewall_rule: web } = await runJson<{ firewall_rule: { id: string } }>([
      ...quiet,
      'firewall',
      'rule',
      'create',
      '--name',
      'web',
      '--protocol',
      'tcp',
      '--destination-port',
      '80',
      '--action',
      'reject',
    ]);
    const { firewall_policy: policy } = await runJson<{ firewall_policy: { id: string } }>([
      ...quiet,
      'firewall',
      'policy',
      'create',
      '--name',
      'inbound',
      '--rule',
      ssh.id,
    ]);
    const inserted = await runJson<{ firewall_rules: string[] }>([...quiet, 'firewall', 'policy', 'insert-rule', policy.id, '--rule', web.id, '--after', ssh.id]);
    expect(inserted.firewall_rules).toEqual([ssh.id, web.id]);

    const group = await cli(...quiet, 'firewall', 'group', 'create', '--name', 'app', '--ingress-policy', policy.id, '--port', portId);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/^status +ACTIVE$/m);
    expect(group.stdout).toMatch(new RegExp(`^ports +${portId}$`, 'm'));

    const packet = ['--port', portId, '--direction', 'ingress', '--protocol', 'tcp', '--source-ip', '198.51.100.7', '--destination-ip', '10.30.0.5'];
    const allowed = await cli(...quiet, 'firewall', 'evaluate', ...packet, '--destination-port', '22');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^verdict +allow$/m);
    expect(allowed.stdout).toMatch(new RegExp(`^firewall_rule_id +${ssh.id}$`, 'm'));
    const rejected = await runJson<{ evaluation: { verdict: string; reason: string } }>([...quiet, 'firewall', 'evaluate', ...packet, '--destination-port', '80']);
    expect(rejected.evaluation).toMatchObject({ verdict: 'reject', reason: 'rule_matched' });
    const denied = await runJson<{ evaluation: { verdict: string; reason: string } }>([...quiet, 'firewall', 'evaluate', ...packet, '--destination-port', '443']);
    expect(denied.evaluation).toMatchObject({ verdict: 'deny', reason: 'implicit_deny' });

    const removed = await runJson<{ firewall_rules: string[] }>([...quiet, 'firewall', 'policy', 'remove-rule', policy.id, '--rule', web.id]);
    expect(removed.firewall_rules).toEqual([ssh.id]);
    const listed = await cli(...quiet, 'firewall', 'rule', 'list');
    expect(listed.stdout).toMatch(new RegExp(`^${ssh.id}  ssh +tcp +- +- +22 +allow +true$`, 'm'));
    expect(await cli(...quiet, 'firewall', 'rule', 'delete', web.id)).toEqual({ code: 0, stdout: `Deleted firewall rule ${web.id}.\n`, stderr: '' });
  });

  it('report a server refusal (409) in one line', async () => {
    const { firewall_rule: rule } = await runJson<{ firewall_rule: { id: string } }>(['--no-preview-warning', 'firewall', 'rule', 'create']);
    await runJson(['--no-preview-warning', 'firewall', 'policy', 'create', '--rule', rule.id]);
    const result = await cli('--no-preview-warning', 'firewall', 'rule', 'delete', rule.id);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^switchyard: .+ \(HTTP 409 FirewallRuleInUse\)\n$/);
  });

  it('refuse a bad option value before calling the server, naming what is accepted', async () => {
    const result = await cli('--no-preview-warning', 'firewall', 'rule', 'create', '--protocol', 'sctp');
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'switchyard: --protocol is "sctp"; expected one of tcp, udp, icmp, any\n' });
    const missing = await cli('firewall', 'evaluate', '--port', 'p1');
    expect(missing).toEqual({ code: 1, stdout: '', stderr: "switchyard: required option '--direction <ingress|egress>' not specified\n" });
  });

  it('clear an attribute with none', async () => {
    const { firewall_rule: rule } = await runJson<{ firewall_rule: { id: string } }>([
      '--no-preview-warning', 'firewall', 'rule', 'create', '--protocol', 'tcp', '--destination-port', '443',
    ]);
    const updated = await runJson<{ firewall_rule: { destination_port: string | null } }>([
      '--no-preview-warning', 'firewall', 'rule', 'update', rule.id, '--destination-port', 'none',
    ]);
    expect(updated.firewall_rule.destination_port).toBeNull();
  });

  it('name a remote group on a rule, and report --shared refused for a non-admin', async () => {
    const { firewall_group: group } = await runJson<{ firewall_group: { id: string } }>(['--no-preview-warning', 'firewall', 'group', 'create']);
    const { firewall_rule: rule } = await runJson<{ firewall_rule: { id: string; source_firewall_group_id: string | null } }>([
      '--no-preview-warning', 'firewall', 'rule', 'create', '--source-group', group.id,
    ]);
    expect(rule.source_firewall_group_id).toBe(group.id);
    const shared = await cli('--no-preview-warning', 'firewall', 'rule', 'update', rule.id, '--shared', 'true');
    expect(shared.code).toBe(1);
    expect(shared.stderr).toMatch(/^switchyard: Only an admin may set shared on a firewall rule.+ \(HTTP 403 PolicyNotAuthorized\)\n$/);
  });
});
