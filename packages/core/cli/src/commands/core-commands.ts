import { type CliCommand, addResourceCommands } from '@switchyard/sdk';
import type { Session } from '../session.js';
import { networkSpec } from './network-commands.js';
import { portSpec } from './port-commands.js';
import { registerRouterCommands } from './router-commands.js';
import { subnetSpec } from './subnet-commands.js';

/** The Neutron core: networks, subnets, ports and routers, on the SDK's CLI kit as plugins are. */
export function registerCoreCommands(program: CliCommand, session: Session): void {
  addResourceCommands(program, networkSpec, session);
  addResourceCommands(program, subnetSpec, session);
  addResourceCommands(program, portSpec, session);
  registerRouterCommands(program, session);
}
