import { type CliCommand, type CliResource, type CliSession, addResourceCommands, descriptionOption, nameOption } from '@switchyard/sdk';
import { inputError } from '../errors.js';
import { adminStateOption, projectOption } from './common-options.js';

const writable = [nameOption, descriptionOption, adminStateOption];

export const routerSpec: CliResource = {
  name: 'router',
  resource: 'router',
  collection: 'routers',
  path: '/v2.0/routers',
  columns: ['id', 'name', 'status', 'admin_state_up'],
  create: [...writable, projectOption],
  update: writable,
};

/** CRUD plus `add-interface` and `remove-interface`, Neutron's router actions. */
export function registerRouterCommands(program: CliCommand, session: CliSession): void {
  const router = addResourceCommands(program, routerSpec, session);
  registerInterfaceCommand(router, session, 'add-interface', 'add_router_interface', 'Attach a subnet (a new port at its gateway) or a port');
  registerInterfaceCommand(router, session, 'remove-interface', 'remove_router_interface', 'Detach a subnet or a port');
}

function registerInterfaceCommand(router: CliCommand, session: CliSession, name: string, action: string, description: string): void {
  router
    .command(`${name} <router>`)
    .description(description)
    .option('--subnet <id>', 'The subnet (subnet_id)')
    .option('--port <id>', 'The port (port_id)')
    .action(async (routerId: string, options: { subnet?: string; port?: string }) => {
      const body = interfaceBody(options);
      const answer = await session.request('PUT', `${routerSpec.path}/${encodeURIComponent(routerId)}/${action}`, body);
      session.print(answer, { resource: 'router_interface', enveloped: false });
    });
}

export function interfaceBody(options: { subnet?: string; port?: string }): { subnet_id: string } | { port_id: string } {
  if (options.subnet !== undefined && options.port === undefined) return { subnet_id: options.subnet };
  if (options.port !== undefined && options.subnet === undefined) return { port_id: options.port };
  throw inputError('give exactly one of --subnet <id> and --port <id>');
}
