import { type RequestAuth, type ResourceOperation, resourceDirectoryOf } from '@switchyard/sdk';

/**
 * The ports of these ids that `auth` may see, with their projects, read through the core's port
 * lookup: the plugin keeps no copy of ports, and a port of another project stays unnamed.
 */
export async function portsSeenBy(operation: ResourceOperation, auth: RequestAuth, portIds: readonly string[]): Promise<Array<{ id: string; project_id: string }>> {
  const ports = resourceDirectoryOf(operation.request.server).get('port');
  const seen: Array<{ id: string; project_id: string }> = [];
  for (const id of portIds) {
    const port = await ports?.findVisible(auth, id);
    if (port !== undefined) seen.push(port);
  }
  return seen;
}
