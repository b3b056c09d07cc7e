import { type GeneratorCallback, type Tree, logger } from '@nx/devkit';
import { checkApprovedBlueprint } from '../../lib/approved-blueprint.js';
import { addRootTsconfigReference } from '../../lib/root-tsconfig-references.js';
import { checkNameIsFree, checkPreviewName } from './lib/check-preview-name.js';
import { apiBaselineCommandLine, generateApiBaseline } from './lib/generate-api-baseline.js';
import { generatePackageFiles, readCorePackages } from './lib/generate-package-files.js';
import { normalizePreviewOptions } from './lib/normalize-options.js';
import { operatorInstructions } from './lib/operator-instructions.js';
import { writePreviewChangeset } from './lib/write-preview-changeset.js';
import type { PreviewGeneratorSchema } from './schema.js';

/** `nx g @switchyard/incubator:preview <name> --blueprint <ref>`: a new, working preview service package. */
export async function previewGenerator(tree: Tree, schema: PreviewGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizePreviewOptions(tree, schema);
  checkPreviewName(options);
  checkNameIsFree(tree, options);
  checkApprovedBlueprint(tree, options.blueprint);
  readCorePackages(tree, options);

  generatePackageFiles(tree, options);
  addRootTsconfigReference(tree, options.projectRoot);
  await writePreviewChangeset(tree, options);
  // Nx runs the callback after writing the files to disk, and skips it on --dry-run.
  return () => {
    generateApiBaseline(tree.root, options);
    logger.info(`${options.projectRoot}/api and src/client/generated: generated from the code (${apiBaselineCommandLine(options)}); commit them with the package.`);
    logger.info(operatorInstructions(options));
  };
}

export default previewGenerator;
