import { describe, expect, it } from 'vitest';
import { CliInputError } from './cli-input-error.js';
import { longFlag, nameRefusals, optionKey } from './option-flags.js';
import { parseOneOf } from './parsers.js';

describe('option flags', () => {
  it('name the long flag', () => {
    expect(longFlag('--cidr <cidr>')).toBe('--cidr');
    expect(longFlag('-n, --name <name>')).toBe('--name');
    expect(longFlag('-n|--name <name>')).toBe('--name');
    expect(longFlag('-v')).toBe('-v');
  });

  it('are keyed as commander keys them', () => {
    expect(optionKey('--source-ip <address|cidr|none>')).toBe('sourceIp');
    expect(optionKey('--ip-version <4|6>')).toBe('ipVersion');
    expect(optionKey('--ipv6-ra-mode <mode>')).toBe('ipv6RaMode');
    expect(optionKey('-n, --name <name>')).toBe('name');
    expect(optionKey('--no-dhcp')).toBe('dhcp');
  });
});

describe('nameRefusals', () => {
  const action = nameRefusals('--action <allow|deny>', parseOneOf(['allow', 'deny']));

  it('names the option and quotes the value a parser refuses', () => {
    expect(action('allow', undefined)).toBe('allow');
    expect(() => action('drop', undefined)).toThrow(new CliInputError('--action is "drop"; expected one of allow, deny'));
  });

  it('passes on errors that are not refusals', () => {
    const broken = nameRefusals('--x <x>', () => {
      throw new TypeError('bug');
    });
    expect(() => broken('1', undefined)).toThrow(new TypeError('bug'));
  });

  it('hands the parser the value so far', () => {
    const count = nameRefusals('--tag <tag>', (_value: string, previous: number | undefined) => (previous ?? 0) + 1);
    expect(count('a', 2)).toBe(3);
  });
});
