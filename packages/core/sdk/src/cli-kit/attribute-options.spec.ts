import { describe, expect, it } from 'vitest';
import { type CliAttributeOption, attributesFrom, requireSomeChange } from './attribute-options.js';
import { CliInputError } from './cli-input-error.js';
import { CLI_NULL } from './parsers.js';

const options: CliAttributeOption[] = [
  { flags: '--name <name>', attribute: 'name', description: 'Name' },
  { flags: '--source-ip <address|none>', attribute: 'source_ip_address', description: 'Source' },
  { flags: '-p, --port <id>', attribute: 'ports', description: 'Ports' },
];

describe('attributesFrom', () => {
  it('maps the options given to their attributes, leaving the others out', () => {
    expect(attributesFrom({ name: 'web', port: ['p1', 'p2'], unrelated: 1 }, options)).toEqual({ name: 'web', ports: ['p1', 'p2'] });
    expect(attributesFrom({}, options)).toEqual({});
  });

  it('sends none as null and keeps falsy values', () => {
    expect(attributesFrom({ sourceIp: CLI_NULL, name: '' }, options)).toEqual({ source_ip_address: null, name: '' });
  });
});

describe('requireSomeChange', () => {
  it('names the options an update takes when none was given', () => {
    expect(() => requireSomeChange({}, options)).toThrow(new CliInputError('nothing to update: give at least one of --name, --source-ip, --port'));
    expect(() => requireSomeChange({ name: 'x' }, options)).not.toThrow();
  });
});
