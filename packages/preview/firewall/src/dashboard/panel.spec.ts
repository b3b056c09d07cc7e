import { describe, expect, it } from 'vitest';
import type { PanelField, PanelSection } from '@switchyard/dashboard';
import { RULE_ACTIONS, RULE_PROTOCOLS } from '../resources/firewall-rule.js';
import panel from './index.js';

function field(section: PanelSection | undefined, name: string): PanelField | undefined {
  const fields = section?.kind === 'resources' ? section.create : section?.fields;
  return fields?.find((candidate) => candidate.name === name);
}

const section = (title: string) => panel.sections.find((candidate) => candidate.title === title);

describe('firewall dashboard panel', () => {
  it("offers the rule schema's protocols and actions", () => {
    expect(field(section('Firewall rules'), 'protocol')?.choices).toEqual([...RULE_PROTOCOLS, 'any']);
    expect(field(section('Firewall rules'), 'action')?.choices).toEqual([...RULE_ACTIONS]);
    expect(field(section('Evaluate a packet'), 'protocol')?.choices).toEqual([...RULE_PROTOCOLS]);
  });

  it('binds groups to router interface ports only', () => {
    expect(field(section('Firewall groups'), 'ports')?.reference?.path).toBe('/v2.0/ports?device_owner=network:router_interface');
  });

  it('sends the evaluation form as the packet and reads the verdict back in one line', () => {
    const evaluate = section('Evaluate a packet');
    if (evaluate?.kind !== 'action') throw new Error('the panel has no packet evaluation form');
    expect(evaluate.body?.({ port_id: 'p1', protocol: 'tcp' })).toEqual({ packet: { port_id: 'p1', protocol: 'tcp' } });
    expect(evaluate.result({ evaluation: { verdict: 'deny', message: 'Rule r1 denies it.' } })).toBe('DENY: Rule r1 denies it.');
  });
});
