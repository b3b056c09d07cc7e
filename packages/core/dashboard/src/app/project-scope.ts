/**
 * An admin's chosen project: lists ask the server for that project's resources only, and creates
 * name it as the owner (as `openstack --os-project-id` would). Without a choice the server's own
 * scoping applies (an admin sees every project, anyone else their own).
 */
export function scopedListPath(path: string, actingProject: string): string {
  if (actingProject === '') return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}project_id=${encodeURIComponent(actingProject)}`;
}

export function scopedCreateValues(values: Record<string, unknown>, actingProject: string): Record<string, unknown> {
  return actingProject === '' ? values : { ...values, project_id: actingProject };
}
