import { lastApprovedCycle } from '@switchyard/sdk';
import type { Finding, PolicyRule } from '../finding.js';
import { metadataOf, packageJsonPath, shortName, stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot } from '../workspace-snapshot.js';

export const RULE = 'preview-age';

/**
 * A preview may not stagnate: counted from its entry or last renewal, it has
 * `maxPreviewAgeCycles` release cycles to be promoted, renewed under a new blueprint, or retired.
 * At the limit it warns, so the decision is made before the check starts failing.
 */
export const checkPreviewAge: PolicyRule = (snapshot) => {
  const { currentReleaseCycle, maxPreviewAgeCycles } = snapshot.config;
  return snapshot.projects.flatMap((project) => {
    const metadata = metadataOf(project);
    if (stabilityOf(project, snapshot.config) !== 'preview' || metadata === undefined) return [];
    const since = lastApprovedCycle(metadata);
    const age = currentReleaseCycle - since;
    if (age < maxPreviewAgeCycles) return [];
    const over = age > maxPreviewAgeCycles;
    const finding: Finding = {
      rule: RULE,
      severity: over ? 'error' : 'warning',
      file: packageJsonPath(project),
      message: over
        ? `${project.name} has been a preview for ${age} release cycles (since cycle ${since}), over the limit of ${maxPreviewAgeCycles}: promote, renew with a new blueprint, or retire it.`
        : `${project.name} has been a preview for ${age} release cycles (since cycle ${since}), the limit of ${maxPreviewAgeCycles}: from cycle ${currentReleaseCycle + 1} this check fails unless it is promoted, renewed with a new blueprint, or retired.`,
      fix: decisionCommands(project),
    };
    return [finding];
  });
};

function decisionCommands(project: ProjectSnapshot): string {
  const name = shortName(project);
  return [
    `promote: npx nx g @switchyard/incubator:promote ${name}`,
    `renew: npx nx g @switchyard/incubator:renew ${name} --blueprint <REF>`,
    `retire: npx nx g @switchyard/incubator:retire ${name}`,
  ].join('; or ');
}
