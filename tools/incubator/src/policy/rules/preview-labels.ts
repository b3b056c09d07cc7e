import { parse } from 'smol-toml';
import type { Finding, PolicyRule } from '../finding.js';
import { shortName, stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot, TextFile, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'preview-labels';

export const BANNER_START = '> **⚠ PREVIEW.**';
export const CONFIG_COMMENT_START = '# PREVIEW:';
/** What `npm view <package> description` shows of a preview, as the preview generator writes it. */
export const DESCRIPTION_LABEL = 'PREVIEW:';

/** Checks one surface where a person meets a preview; returns what is unlabeled there. */
export type PreviewSurfaceCheck = (preview: ProjectSnapshot, snapshot: WorkspaceSnapshot) => Finding[];

/**
 * The surfaces a maintainer writes by hand: README, switchyard.toml and the npm description.
 * CLI help, API discovery, response headers and logs are not listed: the CLI and the server
 * label them at run time from the package's `switchyard.stability` (checked by the
 * stability-metadata rule), and their own tests pin that down.
 */
export const PREVIEW_SURFACE_CHECKS: PreviewSurfaceCheck[] = [checkReadmeBanner, checkConfigSection, checkPackageDescription];

export const checkPreviewLabels: PolicyRule = (snapshot) =>
  snapshot.projects.flatMap((project) => {
    const stability = stabilityOf(project, snapshot.config);
    if (stability === 'preview') return PREVIEW_SURFACE_CHECKS.flatMap((check) => check(project, snapshot));
    return stability === 'stable' ? [...checkNoBannerOnStable(project), ...checkNoDescriptionLabelOnStable(project)] : [];
  });

function readmePath(project: ProjectSnapshot): string {
  return `${project.root}/README.md`;
}

/** The first two non-blank lines: the title and what follows it. */
function readmeOpening(readme: string): [string | undefined, string | undefined] {
  const lines = readme.split(/\r?\n/).filter((line) => line.trim() !== '');
  return [lines[0], lines[1]];
}

function checkReadmeBanner(preview: ProjectSnapshot): Finding[] {
  const file = readmePath(preview);
  const title = `# ${preview.name}`;
  const fix = `start ${file} with "${title}", then a blockquote whose first line begins "${BANNER_START}" saying the API and data may change and how operators opt in`;
  if (preview.readme === null) {
    return [{ rule: RULE, severity: 'error', file, message: `${preview.name} is a preview but has no README.md, so nothing warns its readers.`, fix }];
  }
  const [first, second] = readmeOpening(preview.readme);
  if (first?.trim() === title && second?.startsWith(BANNER_START)) return [];
  const found = `found ${JSON.stringify(first ?? '')} then ${JSON.stringify(second ?? '')}`;
  return [{ rule: RULE, severity: 'error', file, message: `${preview.name} is a preview but its README does not open with the preview banner; ${found}.`, fix }];
}

function checkNoBannerOnStable(project: ProjectSnapshot): Finding[] {
  const [, second] = readmeOpening(project.readme ?? '');
  if (!second?.startsWith(BANNER_START)) return [];
  const file = readmePath(project);
  return [{ rule: RULE, severity: 'error', file, message: `${project.name} is stable but its README still carries the preview banner.`, fix: `remove the "${BANNER_START}" blockquote under the title of ${file}` }];
}

function packageJsonPath(project: ProjectSnapshot): string {
  return `${project.root}/package.json`;
}

/** A preview's npm metadata says preview too: registries and `npm view` show only the description. */
function checkPackageDescription(preview: ProjectSnapshot): Finding[] {
  const { description, private: isPrivate } = preview.packageJson;
  if (isPrivate === true || (typeof description === 'string' && description.includes(DESCRIPTION_LABEL))) return [];
  const found = typeof description === 'string' ? `is ${JSON.stringify(description)}` : 'is missing';
  return [
    {
      rule: RULE,
      severity: 'error',
      file: packageJsonPath(preview),
      message: `${preview.name} is a preview but its package.json description ${found}, so \`npm view\` does not say preview.`,
      fix: `end the "description" in ${packageJsonPath(preview)} with "${DESCRIPTION_LABEL} its API and data may still change."`,
    },
  ];
}

function checkNoDescriptionLabelOnStable(project: ProjectSnapshot): Finding[] {
  const { description } = project.packageJson;
  if (typeof description !== 'string' || !description.includes(DESCRIPTION_LABEL)) return [];
  const file = packageJsonPath(project);
  return [{ rule: RULE, severity: 'error', file, message: `${project.name} is stable but its package.json description still says "${DESCRIPTION_LABEL}".`, fix: `remove the "${DESCRIPTION_LABEL} ..." sentence from the "description" in ${file}` }];
}

function checkConfigSection(preview: ProjectSnapshot, snapshot: WorkspaceSnapshot): Finding[] {
  const toml = snapshot.switchyardToml;
  if (toml === null) return [];
  const service = preview.serviceName ?? shortName(preview);
  const sections = readPluginSections(toml);
  if (sections instanceof Error) {
    return [{ rule: RULE, severity: 'error', file: toml.file, message: `${toml.file} is not valid TOML, so the label of [plugins.${service}] cannot be checked: ${sections.message.split('\n')[0]}`, fix: `correct the TOML syntax in ${toml.file}` }];
  }
  if (!sections.includes(service)) return [];
  const comment = commentAbove(toml.text, service);
  if (comment[0]?.startsWith(CONFIG_COMMENT_START)) return [];
  return [
    {
      rule: RULE,
      severity: 'error',
      file: toml.file,
      message: `[plugins.${service}] configures the preview ${preview.name} but is not labeled; the comment right above it ${comment.length === 0 ? 'is missing' : `starts ${JSON.stringify(comment[0])}`}.`,
      fix: `put a comment starting "${CONFIG_COMMENT_START}" directly above [plugins.${service}] in ${toml.file}, e.g. "${CONFIG_COMMENT_START} settings of the ${service} plugin (its API and data may change)."`,
    },
  ];
}

/** The keys of `[plugins.*]`, parsed with smol-toml so every quoting style counts. */
function readPluginSections(toml: TextFile): string[] | Error {
  try {
    const plugins = parse(toml.text).plugins;
    return typeof plugins === 'object' && plugins !== null ? Object.keys(plugins) : [];
  } catch (caught) {
    return caught instanceof Error ? caught : new Error(String(caught));
  }
}

/** The block of comment lines directly above the section header, top line first. */
function commentAbove(text: string, service: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const header = lines.findIndex((line) => new RegExp(`^\\[\\s*plugins\\s*\\.\\s*("?)${escapeRegExp(service)}\\1\\s*\\]`).test(line));
  const block: string[] = [];
  for (let index = header - 1; index >= 0 && lines[index].startsWith('#'); index -= 1) block.unshift(lines[index]);
  return block;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
