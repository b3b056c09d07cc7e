import { type Tree, getProjects, joinPathFragments } from '@nx/devkit';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { findRetiredPackage } from '../../../lib/retired-packages.js';
import { findWorkspacePackage } from '../../../lib/workspace-packages.js';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/** The SDK's service-name rule, which is also a valid unscoped npm name (lower case, no dots). */
const SERVICE_NAME = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

export function checkPreviewName(options: NormalizedPreviewOptions): void {
  const { name } = options;
  if (!SERVICE_NAME.test(name) || name.includes('--')) {
    throw new GeneratorRefusal(
      `Cannot create preview ${JSON.stringify(name)}: a service name is 3-40 lower-case letters, digits and single dashes, ` +
        `starting with a letter and ending with a letter or digit (it becomes the package @switchyard/<name> and the service_plugins entry), for example "dns-zones".`,
    );
  }
}

/** Refuses a name already used by a folder, a package, an Nx project, or a retired preview. */
export function checkNameIsFree(tree: Tree, options: NormalizedPreviewOptions): void {
  const { name, packageName } = options;
  const refuse = (why: string) => new GeneratorRefusal(`Cannot create preview "${name}": ${why}. Choose another name.`);
  for (const folder of [options.stableFolder, options.previewFolder]) {
    const root = joinPathFragments(folder, name);
    if (tree.exists(root)) throw refuse(`${root} already exists`);
  }
  const existing = findWorkspacePackage(tree, packageName);
  if (existing) throw refuse(`the package ${packageName} already exists in ${existing.root}`);
  for (const [projectName, project] of getProjects(tree)) {
    if (projectName === name || projectName === packageName) throw refuse(`the Nx project "${projectName}" already exists in ${project.root}`);
  }
  const retired = findRetiredPackage(tree, name);
  if (retired) {
    throw refuse(
      `it belonged to ${retired.package}, retired in cycle ${retired.cycle} (retired.json); a retired name is never reused, ` +
        `so its old npm versions and stored data cannot be mistaken for the new service`,
    );
  }
}
