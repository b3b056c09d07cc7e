import { describe, expect, it } from 'vitest';
import { percentEncode } from './percent-encode.js';

describe('percentEncode', () => {
  it('encodes like encodeURIComponent, and a lone surrogate as the bytes a careless encoder writes', () => {
    expect(percentEncode('a b&é')).toBe('a%20b%26%C3%A9');
    expect(percentEncode('x\ud800y')).toBe('x%ED%A0%80y');
  });
});
