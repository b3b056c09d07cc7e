// Plants, in a copy of the workspace (TEST_CORE_PREPARE of scripts/test-core.sh), a preview package
// and two stable ones whose tests run with plain node: one imports the preview, one imports only a
// stable workspace package. test-core.test.mjs expects the first to fail test:core and the second to pass.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PREVIEW = '@switchyard/probe-preview';
export const NEEDS_PREVIEW = '@switchyard/probe-needs-preview';
export const CORE_ONLY = '@switchyard/probe-core-only';

function writePackage(directory, packageJson, files) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'package.json'), `${JSON.stringify({ version: '1.0.0', private: true, type: 'module', ...packageJson }, null, 2)}\n`);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(directory, file), text);
}

/** A stable project with one test running `body`; `node probe.test.mjs` ignores what nx appends. */
function writeStableProbe(root, name, title, body) {
  writePackage(
    path.join(root, 'packages/core', name.split('/')[1]),
    { name, switchyard: { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0001' }, nx: { tags: ['stability:stable'] }, scripts: { test: 'node probe.test.mjs' } },
    { 'probe.test.mjs': `import { createRequire } from 'node:module';\nimport test from 'node:test';\n\ntest(${JSON.stringify(title)}, async () => {\n  ${body}\n});\n` },
  );
}

function plant(root) {
  const previewDirectory = path.join(root, 'packages/preview/probe-preview');
  writePackage(
    previewDirectory,
    { name: PREVIEW, version: '0.1.0', switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0001' }, exports: { '.': './index.js' } },
    { 'index.js': "export const probe = 'preview';\n" },
  );
  // Linked as npm links a workspace package, so the full tree resolves it before removal.
  symlinkSync(path.relative(path.join(root, 'node_modules/@switchyard'), previewDirectory), path.join(root, 'node_modules', PREVIEW), 'dir');
  writeStableProbe(root, NEEDS_PREVIEW, 'loads the preview', `await import('${PREVIEW}');`);
  // A stable workspace package still resolves once the previews are gone.
  writeStableProbe(root, CORE_ONLY, 'finds the CLI package', "createRequire(import.meta.url).resolve('@switchyard/cli/package.json');");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) plant(process.cwd());
