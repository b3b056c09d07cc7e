import { deletePort } from '../ports/service.js';
import type { CoreContext } from '../shared/core-context.js';
import { interfaceInfo, interfaceNotFound } from './interface-info.js';
import type { RouterInterfaceBody, RouterInterfaceInfo } from './resource.js';
import { type RouterRef, listInterfacePorts } from './store.js';

/** Detaches the interface on the given subnet or port (matching both when both are given) and deletes its port. */
export async function removeRouterInterface({ db, events }: CoreContext, router: RouterRef, body: RouterInterfaceBody): Promise<RouterInterfaceInfo> {
  const interfaces = await listInterfacePorts(db, router);
  const match = interfaces.find(
    (entry) =>
      (body.port_id === undefined || entry.port.id === body.port_id) &&
      (body.subnet_id === undefined || entry.fixedIps.some((fixedIp) => fixedIp.subnet_id === body.subnet_id)),
  );
  if (!match) throw interfaceNotFound(router.id, body);
  // The port's deletion announces itself to plugins inside its transaction.
  await deletePort(db, events, match.port.id);
  return interfaceInfo(router, match.port, match.fixedIps);
}
