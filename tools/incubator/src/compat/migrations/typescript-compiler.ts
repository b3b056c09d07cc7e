import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

let compiler: typeof TypeScript | undefined;

/**
 * The TypeScript compiler, required from the workspace on first use rather than imported: tsup
 * would bundle it into the check's CLI (where its CommonJS `require('fs')` fails under ESM), and
 * loading it takes about a second, which a check with no migration to parse should not pay.
 */
export const ts = new Proxy({} as typeof TypeScript, {
  get(_target, property) {
    compiler ??= createRequire(import.meta.url)('typescript') as typeof TypeScript;
    return compiler[property as keyof typeof TypeScript];
  },
});
