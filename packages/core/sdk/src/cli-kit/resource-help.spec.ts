import { describe, expect, it } from 'vitest';
import type { CliResource } from './cli-resource.js';
import { helpLine, pluralLabel, singularLabel } from './resource-help.js';

const widget: CliResource = { name: 'widget', resource: 'widget', collection: 'widgets', path: '/v2.0/widgets', columns: ['id'], create: [], update: [] };
const policy: CliResource = { ...widget, name: 'policy', label: 'gadget policy', resource: 'gadget_policy', collection: 'gadget_policies' };

describe('resource help', () => {
  it('names one resource by its label, else its name, and many by the collection', () => {
    expect([singularLabel(widget), pluralLabel(widget)]).toEqual(['widget', 'widgets']);
    expect([singularLabel(policy), pluralLabel(policy)]).toEqual(['gadget policy', 'gadget policies']);
  });

  it('gives every subcommand a line', () => {
    expect(['list', 'show', 'create', 'update', 'delete'].map((verb) => helpLine(policy, verb as 'list'))).toEqual([
      "List gadget policies (table; --json for the server's answer)",
      'Show one gadget policy',
      'Create a gadget policy',
      'Change attributes of a gadget policy',
      'Delete a gadget policy',
    ]);
  });

  it("uses the resource's own lines where it has them", () => {
    const custom = { ...policy, help: { list: 'List gadget policies' } };
    expect([helpLine(custom, 'list'), helpLine(custom, 'show')]).toEqual(['List gadget policies', 'Show one gadget policy']);
  });
});
