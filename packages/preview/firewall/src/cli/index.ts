import { defineCliPlugin } from '@switchyard/sdk';
import { registerEvaluateCommand } from './evaluate-command.js';
import { registerGroupCommands } from './group-commands.js';
import { registerPolicyCommands } from './policy-commands.js';
import { registerRuleCommands } from './rule-commands.js';

/**
 * `switchyard firewall ...`, found by the CLI through this package's `./cli` export. The CLI
 * labels every command from the `switchyard.stability` of package.json, not from here.
 *
 * @beta
 */
export default defineCliPlugin({
  service: 'firewall',
  register(program, context) {
    const firewall = program.command('firewall').description('Firewall rules, policies and groups (FWaaS v2), and packet evaluation');
    registerRuleCommands(firewall, context);
    registerPolicyCommands(firewall, context);
    registerGroupCommands(firewall, context);
    registerEvaluateCommand(firewall, context);
  },
});
