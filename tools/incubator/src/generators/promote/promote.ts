import { logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import { findPreviewMentions } from './lib/find-preview-mentions.js';
import { checkPromotionCriteria } from './lib/check-promotion-criteria.js';
import { gatherEvidence, type PromoteDependencies } from './lib/graduation-evidence.js';
import { checkPreviewOnlyMarks, dropPreviewOnlyPassages } from './lib/drop-preview-only-passages.js';
import { movePackage } from './lib/move-package.js';
import { normalizeOptions } from './lib/normalize-options.js';
import { relabelOpenApi } from './lib/relabel-openapi.js';
import { planServerConfigRelabel, relabelServerConfig, SERVER_CONFIG } from './lib/relabel-server-config.js';
import { removeBuildLeftovers } from './lib/remove-build-leftovers.js';
import { replaceReadmeBanner } from './lib/replace-readme-banner.js';
import { retagExports } from './lib/retag-exports.js';
import { updateDependentRanges } from './lib/update-dependent-ranges.js';
import { updateStabilityMetadata } from './lib/update-stability-metadata.js';
import { updateTsconfigReferences } from './lib/update-tsconfig-references.js';
import { writePromotionChangeset } from './lib/write-promotion-changeset.js';
import { prepareStabilizationReport, writeStabilizationReport } from './lib/stabilization-report.js';
import { runNxTarget } from '../../lib/target-runner.js';
import { WORKSPACE_FOLLOW_UP } from '../../lib/workspace-follow-up.js';
import type { PromoteGeneratorSchema } from './schema.js';

/** What the Tree cannot do: relink node_modules, then regenerate switchyard.toml, which now labels the package stable. */
export const NEXT_STEPS = WORKSPACE_FOLLOW_UP;

/**
 * Graduates packages/preview/<name> into packages/core/<name>. Every criterion is checked first,
 * with the evidence the graduation criteria need (the package's targets run through Nx).
 */
export function createPromoteGenerator(dependencies: PromoteDependencies): (tree: Tree, schema: PromoteGeneratorSchema) => Promise<GeneratorCallback> {
  return async (tree, schema) => promote(tree, schema, dependencies);
}

export const promoteGenerator = createPromoteGenerator({ runTarget: runNxTarget });

async function promote(tree: Tree, schema: PromoteGeneratorSchema, dependencies: PromoteDependencies): Promise<GeneratorCallback> {
  const options = normalizeOptions(tree, schema);
  const evidence = await gatherEvidence(tree, options, dependencies);
  checkPromotionCriteria(tree, options, evidence);
  if (evidence.testRuns !== undefined) {
    logger.info(`Graduation criteria: ${evidence.testRuns.map((run) => run.target).join(', ')} of ${options.packageName} pass (nx run, cache hits count).`);
  }
  checkPreviewOnlyMarks(tree, options);
  // Read before the move: the report quotes the preview's README, history and criteria as checked.
  const report = prepareStabilizationReport(tree, options, evidence);
  // Planned before any write: a switchyard.toml the editor cannot change safely is refused here.
  const serverConfig = planServerConfigRelabel(tree, options);
  await movePackage(tree, options);
  updateStabilityMetadata(tree, options);
  const changes = [
    `moved ${options.previewRoot} to ${options.stableRoot} (still ${options.packageName})`,
    `${options.stableRoot}/package.json: tag ${options.stableTag}, switchyard.stability "stable" from cycle ${options.currentCycle}, promotedFrom recorded`,
  ];
  if (replaceReadmeBanner(tree, options)) changes.push(`${options.stableRoot}/README.md: preview banner replaced by a stable note`);
  const dropped = dropPreviewOnlyPassages(tree, options);
  if (dropped > 0) changes.push(`${options.stableRoot}/README.md: ${dropped} preview-only passage${dropped === 1 ? '' : 's'} dropped`);
  if (relabelServerConfig(tree, serverConfig)) changes.push(`${SERVER_CONFIG}: "${options.serviceName}" no longer labelled PREVIEW nor listed in [preview] enabled`);
  changes.push(...updateTsconfigReferences(tree, options).map((file) => `${file}: reference now points at ${options.stableRoot}`));
  changes.push(...updateDependentRanges(tree, options).map((file) => `${file}: depends on ${options.packageName} ^1.0.0`));
  const relabeled = relabelOpenApi(tree, options.stableRoot);
  if (relabeled > 0) changes.push(`${options.stableRoot}/api/openapi.json: ${relabeled} operations now x-stability "stable"`);
  // After the relabeling: retagExports records api/ as the first stable baseline.
  changes.push(...retagExports(tree, options));
  changes.push(`${writeStabilizationReport(tree, report)}: the stabilization report (printed below)`);
  changes.push(`${await writePromotionChangeset(tree, options, report.summary)}: ${options.packageName} major (0.x -> 1.0.0), "Promoted to stable: ${options.name} ..." and the report's summary`);
  logger.info(`Promoting ${options.packageName} to stable:\n${changes.map((change) => `  - ${change}`).join('\n')}`);
  logger.info(`\n${report.markdown}`);
  const review = findPreviewMentions(tree, options);
  if (review.length > 0) {
    logger.info(`Review these lines, which still say "preview" (tests expecting preview labels now fail):\n${review.map((line) => `  - ${line}`).join('\n')}`);
  }
  return () => {
    const leftovers = removeBuildLeftovers(tree.root, options.previewRoot);
    if (leftovers !== undefined) logger.info(leftovers);
    logger.info(NEXT_STEPS);
  };
}

export default promoteGenerator;
