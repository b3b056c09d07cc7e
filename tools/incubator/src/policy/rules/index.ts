import type { PolicyRule } from '../finding.js';
import { checkApiCompatibilityRule } from './api-compatibility.js';
import { checkApiHistory } from './api-history.js';
import { checkApprovedBlueprints } from './approved-blueprints.js';
import { checkChangesetPackages } from './changeset-packages.js';
import { checkGraduationCriteria } from './graduation-criteria.js';
import { checkMajorOnPreview } from './major-on-preview.js';
import { checkNoStableToPreview } from './no-stable-to-preview.js';
import { checkOptionalPreviews } from './optional-previews.js';
import { checkPreviewAge } from './preview-age.js';
import { checkPreviewLabels } from './preview-labels.js';
import { checkReadmePreviewWording } from './readme-preview-wording.js';
import { checkSafeMigrations } from './safe-migrations.js';
import { checkStabilityMetadata } from './stability-metadata.js';

/** The lifecycle policy, in the order findings are reported. */
export const POLICY_RULES: readonly PolicyRule[] = [
  checkNoStableToPreview,
  checkStabilityMetadata,
  checkPreviewLabels,
  checkReadmePreviewWording,
  checkPreviewAge,
  checkMajorOnPreview,
  checkChangesetPackages,
  checkOptionalPreviews,
  checkApprovedBlueprints,
  checkGraduationCriteria,
  checkSafeMigrations,
  checkApiCompatibilityRule,
  checkApiHistory,
];
