import { randomUUID } from 'node:crypto';
import { timestamp } from './time.js';

/** The attributes every new core resource starts with: a fresh id, its project, name, description and timestamps. */
export function standardNewRow(projectId: string, input: { name?: string; description?: string }) {
  const now = timestamp();
  return {
    id: randomUUID(),
    project_id: projectId,
    name: input.name ?? '',
    description: input.description ?? '',
    created_at: now,
    updated_at: now,
  };
}
