import { describe, expect, it } from 'vitest';
import { parseViewVersions } from './registry-versions.js';

describe('parseViewVersions', () => {
  it('reads npm view --json output: a list, or a lone version as a string', () => {
    expect(parseViewVersions('a', { status: 0, stdout: '["0.1.0", "0.2.0"]\n', stderr: '' })).toEqual(['0.1.0', '0.2.0']);
    expect(parseViewVersions('a', { status: 0, stdout: '"0.1.0"\n', stderr: '' })).toEqual(['0.1.0']);
    expect(parseViewVersions('a', { status: 0, stdout: '', stderr: '' })).toEqual([]);
  });

  it('takes a package the registry does not know (E404) as never published', () => {
    expect(parseViewVersions('a', { status: 1, stdout: '{"error": {"code": "E404"}}', stderr: 'npm error code E404' })).toEqual([]);
  });

  it('fails on any other error instead of guessing', () => {
    expect(() => parseViewVersions('@switchyard/sdk', { status: 1, stdout: '', stderr: 'npm error code ECONNREFUSED\nmore' })).toThrow(
      'npm view @switchyard/sdk versions failed (exit 1): npm error code ECONNREFUSED',
    );
  });
});
