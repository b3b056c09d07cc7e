import type { Tree } from '@nx/devkit';
import { lastApprovedCycle } from '@switchyard/sdk';
import { findSwitchyardPackage } from '../../../lib/switchyard-package.js';
import { listWorkspacePackages } from '../../../lib/workspace-packages.js';
import type { NormalizedOpenCycleOptions } from './normalize-options.js';

/** A preview at its maximum age ("due") or past it ("over-age") in the new cycle. */
export interface AgingPreview {
  packageName: string;
  status: 'due' | 'over-age';
  /** Cycles since it entered preview or was last renewed. */
  age: number;
  since: number;
}

export function findAgingPreviews(tree: Tree, options: NormalizedOpenCycleOptions): AgingPreview[] {
  const aging: AgingPreview[] = [];
  // Tools such as this plugin carry no lifecycle metadata; only packages with a `switchyard` field age.
  for (const { name } of listWorkspacePackages(tree).filter((entry) => 'switchyard' in entry.packageJson)) {
    const found = findSwitchyardPackage(tree, name);
    if (found?.metadata.stability !== 'preview') continue;
    const since = lastApprovedCycle(found.metadata);
    const age = options.nextCycle - since;
    if (age >= options.maxPreviewAgeCycles) aging.push({ packageName: name, status: age > options.maxPreviewAgeCycles ? 'over-age' : 'due', age, since });
  }
  return aging;
}

/** What the release flow prints: the new cycle, then one line per aging preview with what to do. */
export function describeOpenedCycle(options: NormalizedOpenCycleOptions, aging: AgingPreview[]): string {
  const lines = [`Release cycle ${options.nextCycle} is open (was ${options.previousCycle}); previews may stay ${options.maxPreviewAgeCycles} cycles without renewal.`];
  if (aging.length === 0) lines.push('No preview is due or over-age.');
  for (const preview of aging) {
    const action =
      preview.status === 'over-age'
        ? 'the policy check fails until it is promoted, renewed (--blueprint) or retired'
        : `promote, renew or retire it before cycle ${options.nextCycle + 1}`;
    lines.push(`  ${preview.packageName}: ${preview.status}, ${preview.age} cycles since cycle ${preview.since}; ${action}.`);
  }
  return lines.join('\n');
}
