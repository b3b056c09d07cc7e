import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { normalizeOptions } from './normalize-options.js';

describe('normalizeOptions', () => {
  it('derives the package, folders, tags, cycle and service name', () => {
    expect(normalizeOptions(previewWorkspace(), { name: 'firewall' })).toEqual(FIREWALL_OPTIONS);
  });

  it('takes the service name from defineServicePlugin, which may differ from the folder', () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/firewall/src/index.ts', "export default defineServicePlugin({\n  name: 'fwaas',\n});\n");
    expect(normalizeOptions(tree, { name: 'firewall' }).serviceName).toBe('fwaas');
  });

  it('refuses a package name or a path instead of a folder name', () => {
    expect(() => normalizeOptions(previewWorkspace(), { name: '@switchyard/firewall' })).toThrow(
      '"@switchyard/firewall" is not a package folder name: give the folder under packages/preview, such as "firewall" (not "@switchyard/firewall" or a path).',
    );
    expect(() => normalizeOptions(previewWorkspace(), { name: '../core/sdk' })).toThrow('"../core/sdk" is not a package folder name');
  });
});
