import { describe, expect, it } from 'vitest';
import type { PanelField } from '../contract/panel.js';
import { formValues, missingRequired } from './form-values.js';

const fields: PanelField[] = [
  { name: 'name', label: 'Name', required: true },
  { name: 'size', label: 'Size', kind: 'number' },
  { name: 'enabled', label: 'Enabled', kind: 'boolean' },
  { name: 'ports', label: 'Ports', kind: 'references', required: true },
  { name: 'upper', label: 'Upper', parse: (text) => text.toUpperCase() },
];

describe('formValues', () => {
  it('converts each kind and leaves empty optional text out', () => {
    expect(formValues(fields, { name: ' a ', size: '3', enabled: true, ports: ['p1'], upper: '' })).toEqual({ name: 'a', size: 3, enabled: true, ports: ['p1'] });
  });

  it("applies a field's own parse", () => {
    expect(formValues(fields, { upper: 'x' })).toMatchObject({ upper: 'X' });
  });

  it('ignores entries named like Object.prototype members', () => {
    expect(formValues([{ name: 'constructor', label: 'C' }], {})).toEqual({});
  });
});

describe('missingRequired', () => {
  it('names the first required field left empty, an empty list included', () => {
    expect(missingRequired(fields, { ports: ['p1'] })?.label).toBe('Name');
    expect(missingRequired(fields, { name: 'a', ports: [] })?.label).toBe('Ports');
    expect(missingRequired(fields, { name: 'a', ports: ['p1'] })).toBeUndefined();
  });
});
