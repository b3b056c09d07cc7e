import { describe, expect, it } from 'vitest';
import { isPublicRegistry, normalizeRegistry, publishTarget } from './registry-target.js';

describe('registry targets', () => {
  it('knows the public npm registry by host, however it is spelled', () => {
    expect(isPublicRegistry('https://registry.npmjs.org/')).toBe(true);
    expect(isPublicRegistry('https://registry.npmjs.org')).toBe(true);
    expect(isPublicRegistry('https://registry.yarnpkg.com/')).toBe(true);
    expect(isPublicRegistry('http://127.0.0.1:4873/')).toBe(false);
    expect(isPublicRegistry('https://npm.example.com/registry.npmjs.org/')).toBe(false);
    expect(isPublicRegistry('not a url')).toBe(false);
  });

  it("takes a package's publishConfig.registry over npm config, normalized", () => {
    const pkg = { name: '@x/a', dir: '/a', version: '1.0.0', private: false, stability: 'stable' };
    expect(publishTarget(pkg, 'http://127.0.0.1:4873')).toBe('http://127.0.0.1:4873/');
    expect(publishTarget({ ...pkg, publishRegistry: 'https://npm.example.com//' }, 'http://127.0.0.1:4873/')).toBe('https://npm.example.com/');
    expect(normalizeRegistry(' https://registry.npmjs.org ')).toBe('https://registry.npmjs.org/');
  });
});
