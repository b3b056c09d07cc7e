import { invalidInput } from '@switchyard/sdk';
import { ruleAlreadyInPolicy, ruleNotInPolicy } from '../errors.js';
import type { RuleInsertion } from '../resources/firewall-policy.js';

export type InsertPosition = Pick<RuleInsertion, 'insert_before' | 'insert_after'>;

/**
 * The policy's rule list after inserting `ruleId`, following neutron-fwaas `insert_rule`:
 * `insert_before` wins when both references are given, and with neither the rule goes to
 * the top. A reference must already be in the policy.
 */
export function insertRuleInOrder(policyId: string, ruleIds: readonly string[], ruleId: string, position: InsertPosition): string[] {
  if (ruleIds.includes(ruleId)) throw ruleAlreadyInPolicy(ruleId, policyId);
  const before = position.insert_before || undefined;
  const after = before ? undefined : position.insert_after || undefined;
  const reference = before ?? after;
  if (reference === undefined) return [ruleId, ...ruleIds];
  const index = ruleIds.indexOf(reference);
  if (index === -1) throw ruleNotInPolicy(reference, policyId);
  const at = before ? index : index + 1;
  return [...ruleIds.slice(0, at), ruleId, ...ruleIds.slice(at)];
}

export function removeRuleFromOrder(policyId: string, ruleIds: readonly string[], ruleId: string): string[] {
  if (!ruleIds.includes(ruleId)) throw ruleNotInPolicy(ruleId, policyId);
  return ruleIds.filter((id) => id !== ruleId);
}

/** A policy lists each rule once; order is precedence, so a repeat would be meaningless. */
export function checkNoDuplicateRules(ruleIds: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ruleIds) {
    if (seen.has(id)) {
      throw invalidInput(`Invalid input for firewall_policy.firewall_rules: rule ${id} is listed twice; list each rule once.`);
    }
    seen.add(id);
  }
}
