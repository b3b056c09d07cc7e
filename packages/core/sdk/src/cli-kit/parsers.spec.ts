import { describe, expect, it } from 'vitest';
import { CliInputError } from './cli-input-error.js';
import { CLI_NULL, parseBoolean, parseInteger, parseIntegerBetween, parseKeyValues, parseNullable, parseOneOf, repeatable } from './parsers.js';

describe('option parsers', () => {
  it('read whole numbers, refusing anything else with what they expect', () => {
    expect(parseInteger('6')).toBe(6);
    expect(parseInteger('-1')).toBe(-1);
    expect(() => parseInteger('four')).toThrow(new CliInputError('expected a whole number'));
    expect(() => parseInteger('4.5')).toThrow('expected a whole number');
  });

  it('read whole numbers within a range', () => {
    const port = parseIntegerBetween(0, 65535);
    expect(port('0')).toBe(0);
    expect(port('65535')).toBe(65535);
    for (const value of ['70000', '-1', '22x', '']) expect(() => port(value)).toThrow('expected a whole number from 0 to 65535');
  });

  it('read true/yes and false/no as booleans', () => {
    expect([parseBoolean('true'), parseBoolean('yes'), parseBoolean('false'), parseBoolean('no')]).toEqual([true, true, false, false]);
    expect(() => parseBoolean('off')).toThrow(new CliInputError('expected true or false'));
  });

  it('accept only the given choices', () => {
    expect(parseOneOf(['allow', 'deny'])('deny')).toBe('deny');
    expect(() => parseOneOf(['allow', 'deny'])('drop')).toThrow('expected one of allow, deny');
  });

  it('read none as the null marker and anything else as text', () => {
    expect(parseNullable('none')).toBe(CLI_NULL);
    expect(parseNullable('10.0.0.1')).toBe('10.0.0.1');
  });

  it('read key=value lists with the allowed keys, dashes as underscores', () => {
    const fixedIp = parseKeyValues(['subnet_id', 'ip_address']);
    expect(fixedIp('subnet-id=s1,ip_address=10.0.0.9')).toEqual({ subnet_id: 's1', ip_address: '10.0.0.9' });
    expect(fixedIp('subnet_id=a=b')).toEqual({ subnet_id: 'a=b' });
    for (const value of ['subnet=s1', 'subnet_id', '__proto__=x']) expect(() => fixedIp(value)).toThrow('expected subnet_id=<value>,ip_address=<value>');
  });

  it('collect repeated values, read by the given parser', () => {
    expect(repeatable()('b', repeatable()('a', undefined))).toEqual(['a', 'b']);
    expect(repeatable(parseInteger)('2', [1])).toEqual([1, 2]);
    expect(() => repeatable(parseInteger)('x', [])).toThrow('expected a whole number');
  });
});
