import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { relabelOpenApi } from './relabel-openapi.js';

const FILE = 'packages/core/firewall/api/openapi.json';

function documentWith(stabilities: string[]): string {
  const paths = Object.fromEntries(stabilities.map((stability, index) => [`/v2.0/fwaas/r${index}`, { get: { summary: 'List', 'x-stability': stability } }]));
  return `${JSON.stringify({ info: { version: '2.0' }, openapi: '3.0.3', paths }, null, 2)}\n`;
}

describe('relabelOpenApi', () => {
  it('marks every preview operation stable and changes nothing else', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(FILE, documentWith(['preview', 'preview']));
    expect(relabelOpenApi(tree, 'packages/core/firewall')).toBe(2);
    expect(tree.read(FILE, 'utf-8')).toBe(documentWith(['stable', 'stable']));
  });

  it('leaves a package without an OpenAPI document, or one already stable, untouched', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(relabelOpenApi(tree, 'packages/core/firewall')).toBe(0);
    tree.write(FILE, documentWith(['stable']));
    expect(relabelOpenApi(tree, 'packages/core/firewall')).toBe(0);
    expect(tree.read(FILE, 'utf-8')).toBe(documentWith(['stable']));
  });
});
