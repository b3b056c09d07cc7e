import type { Command } from 'commander';
import type { Session } from '../session.js';
import { networkSpec } from './network-commands.js';
import { portSpec } from './port-commands.js';
import { registerResourceCommands } from './resource-commands.js';
import { registerRouterCommands } from './router-commands.js';
import { subnetSpec } from './subnet-commands.js';

/** The Neutron core: networks, subnets, ports and routers. */
export function registerCoreCommands(program: Command, session: Session): void {
  registerResourceCommands(program, networkSpec, session);
  registerResourceCommands(program, subnetSpec, session);
  registerResourceCommands(program, portSpec, session);
  registerRouterCommands(program, session);
}
