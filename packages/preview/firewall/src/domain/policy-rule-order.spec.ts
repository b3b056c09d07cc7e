import { describe, expect, it } from 'vitest';
import { checkNoDuplicateRules, insertRuleInOrder, removeRuleFromOrder } from './policy-rule-order.js';

describe('insertRuleInOrder', () => {
  const rules = ['a', 'b', 'c'];

  it('puts the rule at the top when no reference is given', () => {
    expect(insertRuleInOrder('p', rules, 'x', {})).toEqual(['x', 'a', 'b', 'c']);
    expect(insertRuleInOrder('p', rules, 'x', { insert_before: '', insert_after: null })).toEqual(['x', 'a', 'b', 'c']);
  });

  it('inserts before or after a reference rule', () => {
    expect(insertRuleInOrder('p', rules, 'x', { insert_before: 'b' })).toEqual(['a', 'x', 'b', 'c']);
    expect(insertRuleInOrder('p', rules, 'x', { insert_after: 'c' })).toEqual(['a', 'b', 'c', 'x']);
  });

  it('prefers insert_before when both are given, as neutron-fwaas does', () => {
    expect(insertRuleInOrder('p', rules, 'x', { insert_before: 'a', insert_after: 'c' })).toEqual(['x', 'a', 'b', 'c']);
  });

  it('refuses a reference outside the policy and a rule already in it', () => {
    expect(() => insertRuleInOrder('p', rules, 'x', { insert_after: 'zz' })).toThrow('Firewall rule zz is not associated with firewall policy p.');
    expect(() => insertRuleInOrder('p', rules, 'b', {})).toThrow('Firewall rule b is already associated with firewall policy p.');
  });
});

describe('removeRuleFromOrder', () => {
  it('removes the rule and keeps the others in order', () => {
    expect(removeRuleFromOrder('p', ['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('refuses a rule that is not in the policy', () => {
    expect(() => removeRuleFromOrder('p', ['a'], 'b')).toThrow('Firewall rule b is not associated with firewall policy p.');
  });
});

describe('checkNoDuplicateRules', () => {
  it('refuses a rule listed twice', () => {
    expect(() => checkNoDuplicateRules(['a', 'b', 'a'])).toThrow('rule a is listed twice');
    expect(() => checkNoDuplicateRules(['a', 'b'])).not.toThrow();
  });
});
