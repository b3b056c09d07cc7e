import { type CliResource, type CliSession, type CliView, addResourceCommands, nameOption, parseInteger } from '@switchyard/sdk';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { subnetSpec } from './subnet-commands.js';

/**
 * The SDK's CLI kit on commander, as the CLI runs it (the SDK has no commander to test with),
 * with a session that records its calls.
 */

const widget: CliResource = {
  name: 'widget',
  resource: 'widget',
  collection: 'widgets',
  path: '/v2.0/widgets',
  columns: ['id', 'name'],
  create: [nameOption, { flags: '-s, --size-limit <n>', attribute: 'size_limit', description: 'Size', parse: parseInteger, required: true }],
  update: [nameOption],
};

type Call = [string, ...unknown[]];

function recordingSession(answer: unknown = { widget: { id: 'w1' } }): { session: CliSession; calls: Call[] } {
  const calls: Call[] = [];
  const session: CliSession = {
    async request(method, path, body) {
      calls.push(['request', method, path, body]);
      return answer as never;
    },
    async list(path, view) {
      calls.push(['list', path, view]);
    },
    async show(path, view) {
      calls.push(['show', path, view]);
    },
    print(body: unknown, view: CliView) {
      calls.push(['print', body, view]);
    },
    note(text) {
      calls.push(['note', text]);
    },
  };
  return { session, calls };
}

async function run(resource: CliResource, argv: string[]): Promise<{ calls: Call[]; help: string }> {
  const { session, calls } = recordingSession();
  let help = '';
  const program = new Command('switchyard').exitOverride().configureOutput({ writeOut: (text) => (help += text), writeErr: () => undefined });
  addResourceCommands(program, resource, session);
  await program.parseAsync(argv, { from: 'user' }).catch((error: { code?: string }) => {
    if (error.code !== 'commander.helpDisplayed') throw error;
  });
  return { calls, help };
}

describe('resource commands', () => {
  it('list, show, create, update and delete, with the kit help lines', async () => {
    const { help } = await run(widget, ['widget', '--help']);
    expect(help).toContain('Manage widgets');
    expect(help).toMatch(/^ {2}list \[options\] +List widgets \(table; --json for the server's answer\)$/m);
    expect(help).toMatch(/^ {2}show <id> +Show one widget$/m);
    expect(help).toMatch(/^ {2}create \[options\] +Create a widget$/m);
    expect(help).toMatch(/^ {2}update \[options\] <id> +Change attributes of a widget$/m);
    expect(help).toMatch(/^ {2}delete <id> +Delete a widget$/m);
  });

  it('take the resource label, its own help lines and no --filter when it says so', async () => {
    const rule: CliResource = { ...widget, label: 'gadget rule', collection: 'gadget_rules', filters: false, help: { list: 'List gadget rules' } };
    const { help } = await run(rule, ['widget', '--help']);
    expect(help).toContain('Manage gadget rules');
    expect(help).toMatch(/^ {2}list +List gadget rules$/m);
    expect(help).toMatch(/^ {2}show <id> +Show one gadget rule$/m);
    expect((await run(rule, ['widget', 'list', '--help'])).help).not.toContain('--filter');
  });

  it('list sends repeated --filter values as the query', async () => {
    const { calls } = await run(widget, ['widget', 'list', '--filter', 'name=a b', '--filter', 'status=ACTIVE']);
    expect(calls).toEqual([['list', '/v2.0/widgets?name=a+b&status=ACTIVE', { collection: 'widgets', columns: ['id', 'name'] }]]);
    await expect(run(widget, ['widget', 'list', '--filter', 'name'])).rejects.toThrow('--filter is "name"; expected <attribute>=<value>, such as name=web');
  });

  it('show and delete address the resource by its encoded id', async () => {
    expect((await run(widget, ['widget', 'show', 'a/b'])).calls).toEqual([['show', '/v2.0/widgets/a%2Fb', { resource: 'widget' }]]);
    expect((await run(widget, ['widget', 'delete', 'w1'])).calls).toEqual([
      ['request', 'DELETE', '/v2.0/widgets/w1', undefined],
      ['note', 'Deleted widget w1.'],
    ]);
  });

  it('create posts the options given as the envelope and prints the answer', async () => {
    const { calls } = await run(widget, ['widget', 'create', '-s', '3', '--name', 'w']);
    expect(calls).toEqual([
      ['request', 'POST', '/v2.0/widgets', { widget: { name: 'w', size_limit: 3 } }],
      ['print', { widget: { id: 'w1' } }, { resource: 'widget' }],
    ]);
    await expect(run(widget, ['widget', 'create', '--size-limit', 'big'])).rejects.toThrow('--size-limit is "big"; expected a whole number');
  });

  it('update puts only the options given, and names the options when none was', async () => {
    expect((await run(widget, ['widget', 'update', 'w1', '--name', 'x'])).calls[0]).toEqual(['request', 'PUT', '/v2.0/widgets/w1', { widget: { name: 'x' } }]);
    await expect(run(subnetSpec, ['subnet', 'update', 's1'])).rejects.toThrow(
      'nothing to update: give at least one of --name, --description, --gateway, --enable-dhcp, --dns-nameserver, --allocation-pool',
    );
  });
});
