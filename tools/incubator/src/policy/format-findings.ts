import { type Finding, countFindings } from './finding.js';

/** "2 errors, 1 warning" (plus infos when there are some). */
export function summarize(findings: readonly Finding[]): string {
  const { errors, warnings, infos } = countFindings(findings);
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(`${infos} info`);
  return parts.join(', ');
}

const HEADER = ['SEVERITY', 'RULE', 'FILE', 'MESSAGE'];

/**
 * A table for people: one row per finding (severity, rule, file, message), the fix on the line
 * below it, so a long remedy never pushes the columns apart.
 */
export function formatTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return `Lifecycle policy: all rules pass.\n${summarize(findings)}\n`;
  const rows = [HEADER, ...findings.map((finding) => [finding.severity, finding.rule, finding.file, finding.message])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ');
  const fixIndent = ' '.repeat(widths[0] + 2);
  const body = findings.flatMap((finding, index) => [line(rows[index + 1]), `${fixIndent}fix: ${finding.fix}`]);
  return `${[line(HEADER), ...body].join('\n')}\n\n${summarize(findings)}\n`;
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ findings, summary: countFindings(findings) }, null, 2)}\n`;
}
