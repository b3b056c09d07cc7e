import type { WorkspaceSnapshot } from './workspace-snapshot.js';

export type Severity = 'error' | 'warning' | 'info';

/** One thing the policy check found: where it is, what is wrong, and the exact remedy. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Workspace-relative path of the file to change. */
  file: string;
  message: string;
  fix: string;
}

/** A rule reads the snapshot and returns its findings; it never throws for a policy breach. */
export type PolicyRule = (snapshot: WorkspaceSnapshot) => Finding[];

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
