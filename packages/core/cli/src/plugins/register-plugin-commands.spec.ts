import { Command } from 'commander';
import { type CliPlugin, type Stability, defineCliPlugin } from '@switchyard/sdk';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { isSilencedByEnv, labelPreview, previewNotice } from './preview.js';
import { registerPluginCommands } from './register-plugin-commands.js';

const widgets: CliPlugin = defineCliPlugin({
  service: 'widgets',
  register(program, context) {
    program.option('--widget-color <color>', 'Colour of new widgets');
    const widget = program.command('widget').description('Manage widgets');
    widget
      .command('list')
      .description('List widgets')
      .action(() => context.note('listed'));
    widget.command('spin <id>').description('Spin one widget');
  },
});

function setup(stability: Stability, env: Record<string, string> = {}) {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (text) => (output.stdout += text), stderr: (text) => (output.stderr += text), env, cwd: '/' };
  const program = new Command('switchyard').option('--no-preview-warning', 'Do not print the notice').exitOverride();
  program.command('network').description('Manage networks');
  const session = { note: (text: string) => io.stdout(`${text}\n`) } as unknown as Session;
  const loaded = { packageName: '@switchyard/widgets', metadata: { stability, enteredCycle: 1, blueprint: 'BP-0009' }, plugin: widgets };
  return { program, output, register: () => registerPluginCommands(program, loaded, session, io) };
}

function commandNamed(program: Command, name: string): Command {
  const found = program.commands.find((command) => command.name() === name);
  if (found === undefined) throw new Error(`no command ${name}`);
  return found;
}

const descriptions = (program: Command) => {
  const widget = commandNamed(program, 'widget');
  return [widget, ...widget.commands].map((command) => command.description());
};

describe('registerPluginCommands', () => {
  it('labels every command and subcommand of a preview plugin, and none of the core', async () => {
    const { program, register } = setup('preview');
    await register();
    expect(descriptions(program)).toEqual(['[preview] Manage widgets', '[preview] List widgets', '[preview] Spin one widget']);
    expect(commandNamed(program, 'network').description()).toBe('Manage networks');
    const descriptionsOfOptions = program.options.map((option) => option.description);
    expect(descriptionsOfOptions).toEqual(['Do not print the notice', '[preview] Colour of new widgets']);
  });

  it('leaves a stable plugin unlabelled and quiet', async () => {
    const { program, output, register } = setup('stable');
    await register();
    expect(descriptions(program)).toEqual(['Manage widgets', 'List widgets', 'Spin one widget']);
    await program.parseAsync(['widget', 'list'], { from: 'user' });
    expect(output).toEqual({ stdout: 'listed\n', stderr: '' });
  });

  it('prints the preview notice on stderr when a preview subcommand runs', async () => {
    const { program, output, register } = setup('preview');
    await register();
    await program.parseAsync(['widget', 'list'], { from: 'user' });
    expect(output).toEqual({ stdout: 'listed\n', stderr: previewNotice('widgets') });
  });

  it('stays quiet with --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1', async () => {
    const flagged = setup('preview');
    await flagged.register();
    await flagged.program.parseAsync(['widget', 'list', '--no-preview-warning'], { from: 'user' });
    expect(flagged.output.stderr).toBe('');
    const silenced = setup('preview', { SWITCHYARD_NO_PREVIEW_WARNING: '1' });
    await silenced.register();
    await silenced.program.parseAsync(['widget', 'list'], { from: 'user' });
    expect(silenced.output.stderr).toBe('');
  });
});

describe('preview labels', () => {
  it('are added once, however often labelling runs', () => {
    const command = new Command('widget').description('Manage widgets');
    labelPreview(command);
    labelPreview(command);
    expect(command.description()).toBe('[preview] Manage widgets');
  });

  it('notice names the service and how to silence it', () => {
    expect(previewNotice('firewall')).toBe(
      'switchyard: firewall is a preview service; its commands and API may change. Silence with --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1\n',
    );
  });

  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', true],
    ['true', true],
  ])('SWITCHYARD_NO_PREVIEW_WARNING=%j silences: %j', (value, silenced) => {
    expect(isSilencedByEnv({ SWITCHYARD_NO_PREVIEW_WARNING: value })).toBe(silenced);
  });
});
