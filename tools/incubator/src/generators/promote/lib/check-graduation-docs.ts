import { joinPathFragments, type Tree } from '@nx/devkit';
import { blueprintPath } from '../../../lib/approved-blueprint.js';
import { readBlueprintGraduation } from '../../../lib/blueprint-graduation.js';
import { parseGraduationCriteria } from '../../../lib/graduation-criteria.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/**
 * The graduation criterion promote verifies from the files alone: every README section the
 * defaults (nx.json) or the blueprint's `graduation.docs` require exists as a `## <title>`
 * heading (case aside). One sentence per missing section, each naming who requires it.
 */
export function checkGraduationDocs(tree: Tree, options: NormalizedPromoteOptions, blueprint: string): string[] {
  const file = blueprintPath(blueprint);
  const text = tree.read(file, 'utf-8');
  const readme = tree.read(joinPathFragments(options.previewRoot, 'README.md'), 'utf-8');
  // A missing blueprint or README is reported by the rules about them.
  if (text === null || readme === null) return [];
  const { graduation, frontMatterError } = readBlueprintGraduation(text);
  if (frontMatterError !== undefined) return [`${file}: the front matter is not valid YAML (${frontMatterError}); correct it, \`npm run check\` shows where.`];
  const { criteria, problems } = parseGraduationCriteria(graduation);
  if (problems.length > 0) return [`${file}: its graduation criteria are not valid; \`npm run check\` lists each problem (rule graduation-criteria).`];
  const headings = new Set(readme.split(/\r?\n/).flatMap((line) => /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1]?.toLowerCase() ?? []));
  const required = [
    ...(options.graduation.docs ?? []).map((section) => ({ section, by: 'the default graduation criteria in nx.json' })),
    ...(criteria.docs ?? []).map((section) => ({ section, by: `${file} (graduation.docs)` })),
  ];
  const readmePath = joinPathFragments(options.previewRoot, 'README.md');
  return required
    .filter(({ section }, index) => !headings.has(section.toLowerCase()) && required.findIndex((other) => other.section.toLowerCase() === section.toLowerCase()) === index)
    .map(({ section, by }) => `${readmePath} has no "## ${section}" section, which ${by} requires: write it before promoting.`);
}
