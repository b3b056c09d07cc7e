import { describe, expect, it } from 'vitest';
import { importAnalysisProblem } from './import-analysis.js';

describe('importAnalysisProblem', () => {
  it('accepts a workspace whose root package.json lists @nx/js or @nx/workspace', () => {
    expect(importAnalysisProblem({ devDependencies: { '@nx/js': '23.2.1' } }, {})).toBeUndefined();
    expect(importAnalysisProblem({ dependencies: { '@nx/workspace': '23.2.1' } }, {})).toBeUndefined();
  });

  it('refuses a workspace where Nx would not read imports, saying how to fix it', () => {
    expect(importAnalysisProblem({ devDependencies: { nx: '23.2.1' } }, {})).toBe(
      'the root package.json lists none of @nx/js, @nx/workspace (or another Nx JS plugin), so Nx does not read imports and the project graph has no import edges; add @nx/js to its devDependencies',
    );
  });

  it('follows pluginsConfig["@nx/js"] in nx.json when it is set', () => {
    expect(importAnalysisProblem({}, { pluginsConfig: { '@nx/js': {} } })).toBeUndefined();
    expect(importAnalysisProblem({ devDependencies: { '@nx/js': '23.2.1' } }, { pluginsConfig: { '@nx/js': { analyzeSourceFiles: false } } })).toMatch(
      /^nx.json sets pluginsConfig\["@nx\/js"\].analyzeSourceFiles to false/,
    );
  });
});
