import { stabilityLabel } from '@switchyard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliInstall, installAlone, packageMetadata } from './run-cli.js';
import { type App, alice, bob, buildServiceApp } from './service-app.js';

// `switchyard security-groups item ...` against a real server, through the CLI's own plugin discovery.
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

const DESCRIPTION = 'Security groups (Neutron\'s security-group API): groups of rules that say which traffic a project\'s ports accept.';
const { stability } = packageMetadata();
/** `[preview] ` for a preview, nothing once promoted: derived from package.json, like the CLI's own label. */
const LABEL = stability === 'preview' ? `${stabilityLabel(stability)} ` : '';

/** Runs a command as `project` that must succeed, and returns its parsed `--json` output. */
async function json(project: string, ...argv: string[]) {
  const result = await cli.run(['--url', url, '--project', project, '--json', '--no-preview-warning', ...argv]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout === '' ? undefined : JSON.parse(result.stdout);
}

/** The description commander prints after a command's name in a help listing. */
function helpDescription(help: string, command: string): string | undefined {
  return help.split('\n').find((line) => line.startsWith(`  ${command} `))?.replace(/^ {2}\S+(?: \S+)* {2,}/, '');
}

describe('switchyard security-groups item', () => {
  it(`is in the help, labelled as package.json declares it (${stability}), with list, show, create, update and delete`, async () => {
    const top = await cli.run(['--help']);
    expect(top.code).toBe(0);
    // Commander wraps long descriptions; the words stay in order.
    expect(top.stdout.replace(/\s+/g, ' ')).toContain(` security-groups ${LABEL}${DESCRIPTION}`);
    const help = await cli.run(['security-groups', 'item', '--help']);
    for (const verb of ['list', 'show <id>', 'create [options]', 'update [options] <id>', 'delete <id>']) {
      expect(helpDescription(help.stdout, verb), verb).toMatch(new RegExp(`^${LABEL.replace(/[[\]]/g, '\\$&')}\\w`));
    }
  });

  it('creates, lists, shows, updates and deletes, as the caller project', async () => {
    const { security_groups_item: created } = await json(alice.project, 'security-groups', 'item', 'create', '--name', 'first', '--admin-state-up', 'false');
    expect(created).toMatchObject({ name: 'first', admin_state_up: false, project_id: alice.project });
    expect((await json(alice.project, 'security-groups', 'item', 'list')).security_groups_items).toEqual([created]);
    expect(await json(alice.project, 'security-groups', 'item', 'show', created.id)).toEqual({ security_groups_item: created });
    const { security_groups_item: updated } = await json(alice.project, 'security-groups', 'item', 'update', created.id, '--description', 'spare');
    expect(updated).toEqual({ ...created, description: 'spare' });

    const table = await cli.run(['--url', url, '--project', alice.project, '--no-preview-warning', 'security-groups', 'item', 'list']);
    expect(table.stdout).toMatch(new RegExp(`^${created.id} +first +false *$`, 'm'));
    const deleted = await cli.run(['--url', url, '--project', alice.project, '--no-preview-warning', 'security-groups', 'item', 'delete', created.id]);
    expect(deleted).toEqual({ code: 0, stdout: `Deleted security groups item ${created.id}.\n`, stderr: '' });
    expect((await json(alice.project, 'security-groups', 'item', 'list')).security_groups_items).toEqual([]);
  });

  it("keeps projects apart and reports the server's refusal in one line, exit 1", async () => {
    const { security_groups_item: created } = await json(alice.project, 'security-groups', 'item', 'create');
    const hidden = await cli.run(['--url', url, '--project', bob.project, '--no-preview-warning', 'security-groups', 'item', 'show', created.id]);
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toMatch(new RegExp(`^switchyard: .*${created.id}.* \\(HTTP 404 SecurityGroupsItemNotFound\\)\\n$`));
  });

  it('refuses a bad option value before calling the server', async () => {
    const refused = await cli.run(['--url', url, 'security-groups', 'item', 'create', '--admin-state-up', 'maybe']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--admin-state-up');
  });

  it(`prints the preview notice when a command runs only while the package is a preview (${stability})`, async () => {
    const listed = await cli.run(['--url', url, '--project', alice.project, 'security-groups', 'item', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stderr.includes('security-groups is a preview service')).toBe(stability === 'preview');
  });
});
