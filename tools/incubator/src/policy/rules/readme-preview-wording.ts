import type { Finding, PolicyRule } from '../finding.js';
import { isPublishable, shortName, stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot } from '../workspace-snapshot.js';
import { findPreviewWording, type PackageNames, type PreviewWording } from './find-preview-wording.js';
import { BANNER_START } from './preview-labels.js';
import { PREVIEW_ONLY_END, PREVIEW_ONLY_START, readPreviewOnlyMarks } from './preview-only-marks.js';

export const RULE = 'readme-preview-wording';

/**
 * A stable package's README no longer calls it a preview: promote drops the preview-only
 * passages, and what is left must read right for a stable package. A preview is warned ahead of
 * its promotion about the lines promote would keep. Every package README's marks must pair up, or
 * promote could not tell what to drop. The preview banner is preview-labels' own.
 */
export const checkReadmePreviewWording: PolicyRule = (snapshot) =>
  snapshot.projects.flatMap((project) => {
    if (project.readme === null) return [];
    const lines = project.readme.split(/\r?\n/);
    const marks = readPreviewOnlyMarks(lines);
    const markFindings = marks.problems.map((problem) => finding(project, `${readmePath(project)}:${problem.line} ${problem.message}.`, problem.fix));
    if (!isPublishable(project)) return markFindings;
    const stability = stabilityOf(project, snapshot.config);
    if (stability === 'preview') return [...markFindings, ...wordingPromoteKeeps(project, lines)];
    if (stability !== 'stable') return markFindings;
    return [...markFindings, ...leftoverPassages(project, marks.passages), ...previewWording(project, lines)];
  });

/** The names a README uses for its own package. */
export function packageNamesOf(project: ProjectSnapshot): PackageNames {
  return { packageName: project.name, serviceNames: [...new Set([shortName(project), project.serviceName ?? shortName(project)])] };
}

/** Outside the banner, which promote replaces. */
function wordingOutsideBanner(project: ProjectSnapshot, lines: readonly string[]): PreviewWording[] {
  const banner = bannerLines(lines);
  return findPreviewWording(lines.join('\n'), packageNamesOf(project)).filter(({ line }) => !banner.has(line));
}

function wordingPromoteKeeps(project: ProjectSnapshot, lines: readonly string[]): Finding[] {
  const file = readmePath(project);
  return wordingOutsideBanner(project, lines).map(({ line, text, says }) => ({
    ...finding(
      project,
      `${file}:${line} ${says} outside a preview-only passage: promote would keep it, and the promoted README would still call ${project.name} a preview: ${JSON.stringify(text.trim())}.`,
      `put the passage between a "${PREVIEW_ONLY_START}" line and a "${PREVIEW_ONLY_END}" line if it holds only while ${project.name} is a preview, or reword line ${line} of ${file} so it also holds once stable`,
    ),
    severity: 'warning',
  }));
}

function previewWording(project: ProjectSnapshot, lines: readonly string[]): Finding[] {
  const file = readmePath(project);
  return wordingOutsideBanner(project, lines)
    .map(({ line, text, says }) =>
      finding(
        project,
        `${project.name} is stable, but ${file}:${line} ${says}: ${JSON.stringify(text.trim())}.`,
        `reword line ${line} of ${file} for a stable package, or delete it if it held only while ${project.name} was a preview ` +
          `(in a preview's README such passages go between a "${PREVIEW_ONLY_START}" line and a "${PREVIEW_ONLY_END}" line, which promote drops)`,
      ),
    );
}

/** Promote drops these; one left in a stable README would still show preview text to its readers. */
function leftoverPassages(project: ProjectSnapshot, passages: readonly { start: number; end: number }[]): Finding[] {
  const file = readmePath(project);
  return passages.map(({ start, end }) =>
    finding(
      project,
      `${project.name} is stable, but ${file}:${start + 1} still holds a preview-only passage (lines ${start + 1}-${end + 1}), which promotion would have dropped.`,
      `delete lines ${start + 1}-${end + 1} of ${file} (the marks and what they enclose), or keep what is still true of a stable package without the marks`,
    ),
  );
}

/** 1-based lines of the opening preview blockquote, reported by preview-labels. */
function bannerLines(lines: readonly string[]): Set<number> {
  const banner = new Set<number>();
  const start = lines.findIndex((line) => line.startsWith(BANNER_START));
  for (let index = start; start !== -1 && index < lines.length && lines[index].startsWith('>'); index += 1) banner.add(index + 1);
  return banner;
}

function readmePath(project: ProjectSnapshot): string {
  return `${project.root}/README.md`;
}

function finding(project: ProjectSnapshot, message: string, fix: string): Finding {
  return { rule: RULE, severity: 'error', file: readmePath(project), message, fix };
}
