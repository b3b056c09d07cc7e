import type { FastifyInstance } from 'fastify';
import { type ResourceOperation, registerMemberAction, registerResource } from '@switchyard/sdk';
import { type AddressesBody, addressGroupReply, addressGroupResource, addressesBody } from '../resources/address-group.js';
import { addAddresses, addressGroupService, removeAddresses } from '../service/address-groups-service.js';

/** `/v2.0/address-groups`, served by the kit, and its add_addresses and remove_addresses as member actions. */
export function registerAddressGroups(app: FastifyInstance, db: ResourceOperation['db']): void {
  const store = registerResource(app, addressGroupResource, { db, service: addressGroupService() });
  const common = { db, store, body: addressesBody, response: addressGroupReply };
  registerMemberAction<AddressesBody>(app, addressGroupResource, {
    ...common,
    action: 'add_addresses',
    summary: 'Add addresses to an address group',
    handler: (operation, row, body) => addAddresses(operation, row, body),
  });
  registerMemberAction<AddressesBody>(app, addressGroupResource, {
    ...common,
    action: 'remove_addresses',
    summary: 'Remove addresses from an address group',
    handler: (operation, row, body) => removeAddresses(operation, row, body),
  });
}
