import { isSet } from '../shared/integer-booleans.js';
import type { RouterRow } from './repository.js';
import type { Router } from './schema.js';

export function presentRouter(row: RouterRow): Router {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    admin_state_up: isSet(row.admin_state_up),
    status: row.status,
    external_gateway_info: null,
    routes: [],
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
