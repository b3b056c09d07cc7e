import type { Finding, PolicyRule } from '../finding.js';
import { isPublishable, metadataOf, packageJsonPath } from '../project-stability.js';
import type { ProjectSnapshot, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'approved-blueprints';

/** Every package, and every renewal of a preview, was accepted under an approved blueprint. */
export const checkApprovedBlueprints: PolicyRule = (snapshot) =>
  snapshot.projects.filter(isPublishable).flatMap((project) => {
    const metadata = metadataOf(project);
    if (metadata === undefined) return [];
    const references = [
      { ref: metadata.blueprint, field: 'switchyard.blueprint' },
      ...(metadata.renewals ?? []).map((renewal, index) => ({ ref: renewal.blueprint, field: `switchyard.renewals[${index}].blueprint` })),
    ];
    return references.flatMap(({ ref, field }) => checkReference(snapshot, project, ref, field));
  });

function checkReference(snapshot: WorkspaceSnapshot, project: ProjectSnapshot, ref: string, field: string): Finding[] {
  const blueprint = snapshot.blueprints.find((candidate) => candidate.ref === ref);
  const file = packageJsonPath(project);
  if (blueprint === undefined) {
    return [{ rule: RULE, severity: 'error', file, message: `${project.name} names blueprint ${JSON.stringify(ref)} in "${field}", but blueprints/${ref}.md does not exist.`, fix: `write blueprints/${ref}.md with "status: approved" in its front matter once it is approved, or correct "${field}" in ${file}` }];
  }
  if (blueprint.status === 'approved') return [];
  const status = blueprint.status === undefined ? 'has no status' : `has status "${blueprint.status}"`;
  return [{ rule: RULE, severity: 'error', file, message: `${project.name} names blueprint ${ref} in "${field}", but ${blueprint.file} ${status}, not "approved".`, fix: `get ${ref} approved and set "status: approved" in the front matter of ${blueprint.file}, or name an approved blueprint in "${field}" of ${file}` }];
}
