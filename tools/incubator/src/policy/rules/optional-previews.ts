import type { Finding, PolicyRule } from '../finding.js';
import { PUBLISHED_DEPENDENCY_FIELDS, fieldsListing, isPublishable, packageJsonPath, stabilityByName } from '../project-stability.js';

export const RULE = 'optional-previews';

/**
 * Installing a stable package must never install a preview: operators opt into previews one by
 * one in switchyard.toml. devDependencies are not published, so they are left to no-stable-to-preview.
 */
export const checkOptionalPreviews: PolicyRule = (snapshot) => {
  const stability = stabilityByName(snapshot);
  const previews = snapshot.projects.filter((project) => stability.get(project.name) === 'preview');
  return snapshot.projects
    .filter((project) => isPublishable(project) && stability.get(project.name) === 'stable')
    .flatMap((stable) =>
      previews.flatMap((preview): Finding[] => {
        const fields = fieldsListing(stable, preview.name, PUBLISHED_DEPENDENCY_FIELDS);
        if (fields.length === 0) return [];
        const file = packageJsonPath(stable);
        return [
          {
            rule: RULE,
            severity: 'error',
            file,
            message: `${stable.name} is published as stable with the preview ${preview.name} in its ${fields.join(' and ')}, so every install of it would pull in a preview.`,
            fix: `remove "${preview.name}" from ${fields.join(' and ')} in ${file}; operators who want it install it and enable it in switchyard.toml (service_plugins and [preview] enabled)`,
          },
        ];
      }),
    );
};
