import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deprecateArgs, pendingDeprecations, readRetiredEntries, recordDeprecation } from './retired-deprecations.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'retired-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An entry as the retire generator writes it. */
const DNS = {
  name: 'dns',
  package: '@switchyard/dns',
  lastVersion: '0.3.1',
  reason: 'Gone.',
  cycle: 3,
  deprecate: { range: '<=0.3.1', message: '@switchyard/dns was a preview and is retired (release cycle 3): Gone.' },
};

describe('retired deprecations', () => {
  it('reads none without retired.json, and refuses one of another shape, naming the file', () => {
    expect(readRetiredEntries(root)).toEqual([]);
    writeFileSync(path.join(root, 'retired.json'), '{"retired": [{"name": "dns"}]}');
    expect(() => readRetiredEntries(root)).toThrow('retired.json: expected {"retired": [{"package": "...", "deprecate": {"range": "...", "message": "..."}}, ...]}');
  });

  it('is pending per registry, with the published versions in range, until recorded; the record keeps every other field', () => {
    writeFileSync(path.join(root, 'retired.json'), JSON.stringify({ retired: [DNS] }));
    const published = () => ['0.1.0', '0.3.1', '0.4.0'];
    const [pending] = pendingDeprecations(readRetiredEntries(root), 'http://127.0.0.1:4873', published);
    expect(pending).toEqual({ packageName: '@switchyard/dns', range: '<=0.3.1', message: DNS.deprecate.message, registry: 'http://127.0.0.1:4873/', versions: ['0.1.0', '0.3.1'] });
    expect(deprecateArgs(pending)).toEqual(['deprecate', '@switchyard/dns@<=0.3.1', DNS.deprecate.message]);
    recordDeprecation(root, pending);
    expect(JSON.parse(readFileSync(path.join(root, 'retired.json'), 'utf8'))).toEqual({
      retired: [{ ...DNS, deprecated: [{ registry: 'http://127.0.0.1:4873/', versions: ['0.1.0', '0.3.1'] }] }],
    });
    expect(pendingDeprecations(readRetiredEntries(root), 'http://127.0.0.1:4873/', published)).toEqual([]);
    expect(pendingDeprecations(readRetiredEntries(root), 'https://registry.npmjs.org/', published)).toHaveLength(1);
  });
});
