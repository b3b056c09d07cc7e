import nx from '@nx/eslint-plugin';

/**
 * One rule matters more than the rest here: stable code never depends on preview code.
 * Every project carries exactly one `stability:*` tag (see README, "Stability").
 */
export const stabilityConstraints = [
  { sourceTag: 'stability:stable', onlyDependOnLibsWithTags: ['stability:stable'] },
  { sourceTag: 'stability:preview', onlyDependOnLibsWithTags: ['stability:stable', 'stability:preview'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/.nx', '**/.switchyard', '**/vitest.config.*.timestamp*'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    // Build and test-runner configs share the workspace's presets; they ship in no package.
    ignores: ['**/vitest*.config.ts', '**/tsup.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The bench helpers every package's bench shares (scripts/bench): dev-only, in no
          // package, so neither stable nor preview; only this folder, by relative path.
          allow: ['^(\\.\\./)+scripts/bench/[a-z-]+\\.mjs$'],
          depConstraints: stabilityConstraints,
          // The CLI imports the server lazily (an optional peer: `config sample` reads its schema);
          // the CLI's tests may still import it statically.
          checkDynamicDependenciesExceptions: ['@switchyard/server'],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
];
