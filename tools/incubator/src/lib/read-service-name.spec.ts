import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { readServiceName } from './read-service-name.js';

describe('readServiceName', () => {
  it('reads the name given to defineServicePlugin, not other names in the file', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('p/src/index.ts', "const extension = { name: 'x' };\nexport default defineServicePlugin({\n  name: \"fwaas\",\n  extension,\n});\n");
    expect(readServiceName(tree, 'p')).toBe('fwaas');
  });

  it('is undefined without src/index.ts or without a plugin', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(readServiceName(tree, 'p')).toBeUndefined();
    tree.write('p/src/index.ts', 'export const name = "x";\n');
    expect(readServiceName(tree, 'p')).toBeUndefined();
  });
});
