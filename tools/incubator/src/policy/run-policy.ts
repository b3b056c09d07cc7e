import type { Finding, PolicyRule } from './finding.js';
import { POLICY_RULES } from './rules/index.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

/** Runs every rule over one snapshot; findings come out in rule order, then by file. */
export function runPolicy(snapshot: WorkspaceSnapshot, rules: readonly PolicyRule[] = POLICY_RULES): Finding[] {
  return rules.flatMap((rule) => rule(snapshot).sort((a, b) => a.file.localeCompare(b.file)));
}
