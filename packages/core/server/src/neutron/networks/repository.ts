import type { RequestAuth } from '@switchyard/sdk';
import { visibleProject } from '../shared/scope.js';
import type { CoreDb } from '../shared/tables.js';

// Until subnets and ports check their network_id through the kit's references.
export async function findVisibleNetwork(db: CoreDb, auth: RequestAuth, id: string) {
  const project = visibleProject(auth);
  const query = db.selectFrom('networks').selectAll().where('id', '=', id);
  return (project === undefined ? query : query.where('project_id', '=', project)).executeTakeFirst();
}
