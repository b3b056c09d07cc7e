import { type Stability, stabilityLabel } from '@switchyard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WidgetsInstall, installWidgets } from '../fixtures/widgets/install-widgets.js';
import { WIDGETS_DESCRIPTION } from '../fixtures/widgets/service-plugin.js';
import { type TestServer, runCli, runJson, startServer } from './cli-harness.js';

/** The description commander prints after a command's name in a help listing. */
function helpDescription(help: string, command: string): string | undefined {
  return help.split('\n').find((line) => line.startsWith(`  ${command} `))?.replace(/^ {2}\S+(?: \S+)* {2,}/, '');
}

// The same plugin installed once as a preview and once as stable: every expectation derives from
// the stability its package.json declares, the one thing the CLI reads it from.
describe.each<Stability>(['preview', 'stable'])('a %s plugin found through its ./cli export', (stability) => {
  let install: WidgetsInstall;
  let server: TestServer;
  beforeAll(async () => {
    install = installWidgets(stability);
    server = await startServer({ widgets: install });
  });
  afterAll(async () => {
    await server?.app.close();
    install?.remove();
  });

  const isPreview = () => install.metadata.stability === 'preview';
  const label = () => (isPreview() ? `${stabilityLabel(install.metadata.stability)} ` : '');
  const cli = (argv: string[], env: Record<string, string> = {}) => runCli(['--url', server.url, ...argv], { env, searchDirectories: [install.directory] });
  const json = <T>(...argv: string[]) => runJson<T>(server, ['--no-preview-warning', ...argv], { searchDirectories: [install.directory] });

  it('adds its commands to the help, labelled as its package.json declares, and leaves core commands unlabelled', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(helpDescription(help.stdout, 'widgets')).toBe(`${label()}${WIDGETS_DESCRIPTION}`);
    expect(help.stdout).toMatch(/^ {2}network +Manage networks$/m);
    expect(help.stdout).not.toMatch(/network +\[preview\]/);
    const verbs = await cli(['widgets', 'widget', '--help']);
    for (const verb of ['list', 'show <id>', 'create [options]', 'update [options] <id>', 'delete <id>']) {
      expect(helpDescription(verbs.stdout, verb)?.startsWith(`${label()}`), verb).toBe(true);
      expect(helpDescription(verbs.stdout, verb)?.includes('[preview]'), verb).toBe(isPreview());
    }
  });

  it('prints the preview notice on stderr exactly when the plugin is a preview, never on stdout', async () => {
    const listed = await cli(['widgets', 'widget', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID +NAME +ADMIN_STATE_UP/);
    const notice =
      'switchyard: widgets is a preview service; its commands and API may change. Silence with --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1\n';
    expect(listed.stderr).toBe(isPreview() ? notice : '');
  });

  it('is silenced by --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1, and core commands never print it', async () => {
    expect((await cli(['widgets', 'widget', 'list', '--no-preview-warning'])).stderr).toBe('');
    expect((await cli(['widgets', 'widget', 'list'], { SWITCHYARD_NO_PREVIEW_WARNING: '1' })).stderr).toBe('');
    expect((await cli(['network', 'list'])).stderr).toBe('');
  });

  it('creates, lists, updates and deletes through the server', async () => {
    const { widget } = await json<{ widget: { id: string; name: string } }>('widgets', 'widget', 'create', '--name', 'gear', '--admin-state-up', 'false');
    expect(widget).toMatchObject({ name: 'gear', admin_state_up: false });
    const table = await cli(['--no-preview-warning', 'widgets', 'widget', 'list']);
    expect(table.stdout).toMatch(new RegExp(`^${widget.id} +gear +false *$`, 'm'));
    const { widget: updated } = await json<{ widget: { description: string } }>('widgets', 'widget', 'update', widget.id, '--description', 'spare');
    expect(updated.description).toBe('spare');
    expect(await cli(['--no-preview-warning', 'widgets', 'widget', 'delete', widget.id])).toEqual({ code: 0, stdout: `Deleted widget ${widget.id}.\n`, stderr: '' });
  });

  it("reports the server's refusal in one line, and a bad option value before calling it", async () => {
    const missing = await cli(['--no-preview-warning', 'widgets', 'widget', 'show', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^switchyard: .*nope.* \(HTTP 404 \w+NotFound\)\n$/);
    const refused = await cli(['--no-preview-warning', 'widgets', 'widget', 'create', '--admin-state-up', 'maybe']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('--admin-state-up');
  });
});

describe('a CLI with no plugin installed', () => {
  it('has no plugin commands in its help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).not.toMatch(/^ {2}widgets /m);
    expect(help.stdout).not.toContain('[preview]');
  });
});
