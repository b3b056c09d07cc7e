import { joinPathFragments, readJson, type Tree } from '@nx/devkit';
import { major, valid } from 'semver';
import { checkApprovedBlueprint } from '../../../lib/approved-blueprint.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { readPendingReleases } from '../../../lib/read-pending-changesets.js';
import { dependencyNames, listWorkspacePackages, type PackageJsonWithDependencies } from '../../../lib/workspace-packages.js';
import { checkApiBaseline } from './check-promotion-criteria-api.js';
import { checkGraduation } from './check-graduation.js';
import { checkStableMigrations } from './check-stable-migrations.js';
import type { GraduationEvidence } from './graduation-evidence.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

interface PreviewPackageJson extends PackageJsonWithDependencies {
  name?: string;
  exports?: unknown;
  version?: string;
  nx?: { tags?: string[]; targets?: Record<string, unknown> };
  switchyard?: { stability?: unknown; blueprint?: unknown; enteredCycle?: unknown } | null;
}

/** What every rule sees: the options, the tree and the package.json being promoted. */
interface Candidate {
  tree: Tree;
  options: NormalizedPromoteOptions;
  packageJsonPath: string;
  packageJson: PreviewPackageJson;
  evidence: GraduationEvidence;
}

/** A rule returns one sentence per failure, each saying what is wrong and how to fix it. */
type PromotionRule = (candidate: Candidate) => string[];

/**
 * Refuses the promotion, listing every failed criterion at once so one run tells the maintainer
 * everything left to do. Reads only: nothing is written before this passes.
 */
export function checkPromotionCriteria(tree: Tree, options: NormalizedPromoteOptions, evidence: GraduationEvidence = {}): void {
  const packageJsonPath = joinPathFragments(options.previewRoot, 'package.json');
  if (!tree.exists(packageJsonPath) && isStableAlready(tree, options)) {
    throw new GeneratorRefusal(`Cannot promote "${options.name}": ${options.packageName} is already stable, in ${options.stableRoot}; there is nothing to promote.`);
  }
  if (!tree.exists(packageJsonPath)) {
    throw new GeneratorRefusal(
      `Cannot promote "${options.name}": ${packageJsonPath} does not exist. Only a preview package in ${options.previewRoot} can be promoted; check the name.`,
    );
  }
  const candidate: Candidate = { tree, options, packageJsonPath, packageJson: readJson(tree, packageJsonPath), evidence };
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
  return [`${packageJsonPath}: "switchyard.stability" is ${JSON.stringify(metadata.stability)}, not "preview": only a preview can be promoted.`];
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

const hasApiBaseline: PromotionRule = ({ tree, options, packageJson }) => checkApiBaseline(tree, options.previewRoot, packageJson);

const hasStableMigrations: PromotionRule = ({ tree, options }) => checkStableMigrations(tree, options.previewRoot);

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

const meetsGraduationCriteria: PromotionRule = ({ tree, options, packageJson, packageJsonPath, evidence }) => {
  const metadata = readMetadata(packageJson, packageJsonPath);
  return typeof metadata === 'string' ? [] : checkGraduation(tree, options, { blueprint: metadata.blueprint, enteredCycle: packageJson.switchyard?.enteredCycle }, evidence);
};

const PROMOTION_RULES: readonly PromotionRule[] = [
  isTaggedPreview,
  hasPreviewMetadata,
  isZeroMajor,
  dependsOnNoPreview,
  hasApiTests,
  hasScenarioTests,
  hasReadme,
  hasApiBaseline,
  hasStableMigrations,
  hasFreeDestination,
  hasNoPendingMajor,
  hasApprovedBlueprint,
  meetsGraduationCriteria,
];

/**
 * The parts of the `switchyard` metadata promotion relies on, or the sentence saying what is wrong.
 * Not the SDK's readStabilityMetadata: Nx loads generators without the "@switchyard/source"
 * condition, so a runtime import of @switchyard/sdk would need its dist built first.
 */
function readMetadata(packageJson: PreviewPackageJson, source: string): { stability: unknown; blueprint: string } | string {
  const metadata = packageJson.switchyard;
  if (typeof metadata !== 'object' || metadata === null) {
    return `${source}: missing "switchyard" field; expected {"stability": "preview", "enteredCycle": <number>, "blueprint": "<ref>"}.`;
  }
  if (typeof metadata.blueprint !== 'string' || metadata.blueprint.trim() === '') {
    return `${source}: "switchyard.blueprint" is ${JSON.stringify(metadata.blueprint)}; expected the reference of an approved blueprint, such as "BP-0002".`;
  }
  return { stability: metadata.stability, blueprint: metadata.blueprint };
}

function isStableAlready(tree: Tree, options: NormalizedPromoteOptions): boolean {
  const stablePackageJson = joinPathFragments(options.stableRoot, 'package.json');
  return tree.exists(stablePackageJson) && readJson<PreviewPackageJson>(tree, stablePackageJson).name === options.packageName;
}

function hasSpecs(tree: Tree, folder: string): boolean {
  return tree.children(folder).some((file) => file.endsWith('.spec.ts') && tree.isFile(joinPathFragments(folder, file)));
}
