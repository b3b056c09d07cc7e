import { joinPathFragments, readJson, type Tree } from '@nx/devkit';
import { readStabilityMetadata, StabilityMetadataError, type StabilityMetadata } from '@switchyard/sdk';
import { major, valid } from 'semver';
import { checkApprovedBlueprint } from '../../../lib/approved-blueprint.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { readPendingReleases } from '../../../lib/read-pending-changesets.js';
import { dependencyNames, listWorkspacePackages, type PackageJsonWithDependencies } from '../../../lib/workspace-packages.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

interface PreviewPackageJson extends PackageJsonWithDependencies {
  name?: string;
  version?: string;
  nx?: { tags?: string[] };
}

/** What every rule sees: the options, the tree and the package.json being promoted. */
interface Candidate {
  tree: Tree;
  options: NormalizedPromoteOptions;
  packageJsonPath: string;
  packageJson: PreviewPackageJson;
}

/** A rule returns one sentence per failure, each saying what is wrong and how to fix it. */
type PromotionRule = (candidate: Candidate) => string[];

/**
 * Refuses the promotion, listing every failed criterion at once so one run tells the maintainer
 * everything left to do. Reads only: nothing is written before this passes.
 */
export function checkPromotionCriteria(tree: Tree, options: NormalizedPromoteOptions): void {
  const packageJsonPath = joinPathFragments(options.previewRoot, 'package.json');
  if (!tree.exists(packageJsonPath)) {
    throw new GeneratorRefusal(
      `Cannot promote "${options.name}": ${packageJsonPath} does not exist. Only a preview package in ${options.previewRoot} can be promoted; check the name.`,
    );
  }
  const candidate: Candidate = { tree, options, packageJsonPath, packageJson: readJson(tree, packageJsonPath) };
  const failures = PROMOTION_RULES.flatMap((rule) => rule(candidate));
  if (failures.length > 0) {
    throw new GeneratorRefusal(
      `Cannot promote ${options.packageName}: ${failures.length} criteria not met. Fix each of these, then run the generator again:\n` +
        failures.map((failure) => `  - ${failure}`).join('\n'),
    );
  }
}

const isTaggedPreview: PromotionRule = ({ options, packageJsonPath, packageJson }) => {
  const tags = packageJson.nx?.tags ?? [];
  if (tags.includes(options.previewTag)) return [];
  return [`${packageJsonPath} is not tagged "${options.previewTag}" (its nx.tags are ${JSON.stringify(tags)}): only a preview can be promoted; add the tag if it is one.`];
};

const hasPreviewMetadata: PromotionRule = ({ packageJsonPath, packageJson }) => {
  const metadata = readMetadata(packageJson, packageJsonPath);
  if (typeof metadata === 'string') return [metadata];
  if (metadata.stability === 'preview') return [];
  return [`${packageJsonPath}: "switchyard.stability" is "${metadata.stability}", not "preview": only a preview can be promoted.`];
};

const isZeroMajor: PromotionRule = ({ packageJsonPath, packageJson }) => {
  const version = valid(packageJson.version ?? '');
  if (version !== null && major(version) === 0) return [];
  return [`${packageJsonPath}: version is ${JSON.stringify(packageJson.version)}, not 0.x: previews are 0.x and promotion takes them to 1.0.0; set a 0.x version.`];
};

const dependsOnNoPreview: PromotionRule = ({ tree, options, packageJson }) => {
  const dependencies = new Set(dependencyNames(packageJson));
  return listWorkspacePackages(tree)
    .filter((workspacePackage) => dependencies.has(workspacePackage.name) && workspacePackage.name !== options.packageName)
    .filter((workspacePackage) => (workspacePackage.packageJson.nx?.tags ?? []).includes(options.previewTag))
    .map(
      (preview) =>
        `it depends on the preview package ${preview.name} (${preview.root}), and stable code may not depend on previews: ` +
        `promote it first (nx g @switchyard/incubator:promote ${preview.root.split('/').pop()}) or drop the dependency.`,
    );
};

const hasApiTests: PromotionRule = ({ tree, options }) =>
  hasSpecs(tree, joinPathFragments(options.previewRoot, 'tests/api'))
    ? []
    : [`it has no API tests: add at least one ${options.previewRoot}/tests/api/*.spec.ts that exercises its HTTP routes.`];

const hasScenarioTests: PromotionRule = ({ tree, options }) =>
  hasSpecs(tree, joinPathFragments(options.previewRoot, 'tests/scenario'))
    ? []
    : [`it has no scenario tests: add at least one ${options.previewRoot}/tests/scenario/*.spec.ts that walks through a multi-step use.`];

const hasReadme: PromotionRule = ({ tree, options }) =>
  tree.exists(joinPathFragments(options.previewRoot, 'README.md'))
    ? []
    : [`it has no README: write ${options.previewRoot}/README.md telling users what the service does and how to enable it.`];

const hasFreeDestination: PromotionRule = ({ tree, options }) =>
  tree.exists(options.stableRoot)
    ? [`${options.stableRoot} already exists: the package moves there, so remove or rename what is in the way first.`]
    : [];

const hasNoPendingMajor: PromotionRule = ({ tree, options }) =>
  readPendingReleases(tree)
    .filter((release) => release.packageName === options.packageName && release.type === 'major')
    .map(
      (release) =>
        `${release.file} already bumps ${options.packageName} major: delete it (or make it minor or patch), because promotion writes its own major changeset to 1.0.0.`,
    );

const hasApprovedBlueprint: PromotionRule = ({ tree, packageJson, packageJsonPath }) => {
  const metadata = readMetadata(packageJson, packageJsonPath);
  if (typeof metadata === 'string') return []; // already reported by hasPreviewMetadata
  try {
    checkApprovedBlueprint(tree, metadata.blueprint);
    return [];
  } catch (error) {
    if (error instanceof GeneratorRefusal) return [error.message];
    throw error;
  }
};

const PROMOTION_RULES: readonly PromotionRule[] = [
  isTaggedPreview,
  hasPreviewMetadata,
  isZeroMajor,
  dependsOnNoPreview,
  hasApiTests,
  hasScenarioTests,
  hasReadme,
  hasFreeDestination,
  hasNoPendingMajor,
  hasApprovedBlueprint,
];

function readMetadata(packageJson: unknown, source: string): StabilityMetadata | string {
  try {
    return readStabilityMetadata(packageJson, source);
  } catch (error) {
    if (error instanceof StabilityMetadataError) return error.message;
    throw error;
  }
}

function hasSpecs(tree: Tree, folder: string): boolean {
  return tree.children(folder).some((file) => file.endsWith('.spec.ts') && tree.isFile(joinPathFragments(folder, file)));
}
