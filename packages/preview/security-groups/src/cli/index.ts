import { addResourceCommands, defineCliPlugin } from '@switchyard/sdk';
import { addressGroupCommands } from './address-group-commands.js';
import { groupCommands } from './group-commands.js';
import { ruleCommands } from './rule-commands.js';

/**
 * `switchyard security-group ...`, `security-group-rule ...` and `address-group ...`, found by the CLI
 * through this package's `./cli` export. The CLI labels every command from the
 * `switchyard.stability` of package.json, not from here.
 *
 * @beta
 */
export default defineCliPlugin({
  service: 'security-groups',
  register(program, context) {
    addResourceCommands(program, groupCommands, context);
    addResourceCommands(program, ruleCommands, context);
    addResourceCommands(program, addressGroupCommands, context);
  },
});
