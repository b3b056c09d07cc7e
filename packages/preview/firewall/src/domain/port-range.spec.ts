import { describe, expect, it } from 'vitest';
import { parsePortRange, portInRange } from './port-range.js';

describe('parsePortRange', () => {
  it('reads a single port and an inclusive range', () => {
    expect(parsePortRange('80')).toEqual({ min: 80, max: 80 });
    expect(parsePortRange('8000:8080')).toEqual({ min: 8000, max: 8080 });
    expect(parsePortRange('0:65535')).toEqual({ min: 0, max: 65535 });
  });

  it.each(['65536', '90:80', '1-2', '80:', ':80', 'http', '', ' 80', '1:2:3', '-1'])('refuses %j', (text) => {
    expect(parsePortRange(text)).toBeUndefined();
  });
});

describe('portInRange', () => {
  it('includes both ends of the range', () => {
    const range = { min: 8000, max: 8080 };
    expect(portInRange(range, 7999)).toBe(false);
    expect(portInRange(range, 8000)).toBe(true);
    expect(portInRange(range, 8080)).toBe(true);
    expect(portInRange(range, 8081)).toBe(false);
  });
});
