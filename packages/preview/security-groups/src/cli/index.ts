import { addResourceCommands, defineCliPlugin } from '@switchyard/sdk';
import { itemCommands } from './item-commands.js';

/**
 * `switchyard security-groups ...`, found by the CLI through this package's `./cli` export. The CLI
 * labels every command from the `switchyard.stability` of package.json, not from here.
 *
 * @beta
 */
export default defineCliPlugin({
  service: 'security-groups',
  register(program, context) {
    const service = program.command('security-groups').description('Security groups (Neutron\'s security-group API): groups of rules that say which traffic a project\'s ports accept.');
    addResourceCommands(service, itemCommands, context);
  },
});
