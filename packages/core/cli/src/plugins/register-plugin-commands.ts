import type { Command } from 'commander';
import type { CliContext } from '@switchyard/sdk';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import type { LoadedCliPlugin } from './load-cli-plugin.js';
import { isSilencedByEnv, labelPreview, labelPreviewOption, previewNotice } from './preview.js';

/**
 * Lets a plugin add its commands, then labels what it added from its package's stability:
 * a preview's commands (and any global option it adds) read `[preview]` in help, and its
 * commands print a notice on stderr when they run.
 */
export async function registerPluginCommands(program: Command, loaded: LoadedCliPlugin, session: Session, io: CliIo): Promise<void> {
  const before = new Set(program.commands);
  const optionsBefore = new Set(program.options);
  const context: CliContext = { service: loaded.plugin.service, stability: loaded.metadata.stability, ...session };
  await loaded.plugin.register(program, context);
  if (loaded.metadata.stability !== 'preview') return;
  for (const option of program.options.filter((added) => !optionsBefore.has(added))) labelPreviewOption(option);
  for (const command of program.commands.filter((added) => !before.has(added))) {
    labelPreview(command);
    // An ancestor's preAction hook runs for every subcommand's action too.
    command.hook('preAction', () => {
      const silenced = program.opts<{ previewWarning?: boolean }>().previewWarning === false || isSilencedByEnv(io.env);
      if (!silenced) io.stderr(previewNotice(loaded.plugin.service));
    });
  }
}
