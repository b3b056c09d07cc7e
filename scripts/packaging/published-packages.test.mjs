// What each published package looks like from outside: its package.json contract and the files
// `npm pack` puts in its tarball. Needs built dist folders (scripts/test-packaging.sh builds them).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, publishablePackages, servicePluginPackages } from './workspace-packages.mjs';

const PACKAGES = publishablePackages();
const WORKSPACE_FOLDERS = ['packages', 'tools'].map((folder) => path.join(ROOT, folder) + path.sep);
/** npm always packs these beside `files`. */
const ALWAYS_PACKED = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);
/** esbuild (tsup) marks each bundled module with a comment line naming its path: `// ../sdk/src/errors.ts`. */
const MODULE_COMMENT = /^\/\/ (\S+\.(?:[cm]?[jt]sx?))$/gm;

function packedFiles(dir) {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return report.files.map((file) => file.path);
}

/** Modules of another workspace package bundled into this package's dist. */
function bundledWorkspaceModules(dir, files, read = (file) => readFileSync(path.join(dir, file), 'utf8')) {
  return files
    .filter((file) => /\.[cm]?js$/.test(file))
    .flatMap((file) =>
      [...read(file).matchAll(MODULE_COMMENT)]
        .map((match) => path.resolve(dir, match[1]))
        .filter((module) => !module.startsWith(dir + path.sep) && WORKSPACE_FOLDERS.some((folder) => module.startsWith(folder)))
        .map((module) => `${file} bundles ${path.relative(ROOT, module)}`),
    );
}

assert.ok(PACKAGES.length >= 5, `expected the publishable packages, found ${PACKAGES.map((pkg) => pkg.packageJson.name)}`);

/** A service plugin is a package whose built entry default-exports one (what the server loads). */
async function isServicePlugin(dir, packageJson) {
  const entry = path.join(dir, packageJson.exports['.'].default);
  const module = await import(pathToFileURL(entry).href);
  return module.default?.kind === 'switchyard-service-plugin';
}

const SERVICE_PLUGINS = [];

for (const { dir, packageJson } of PACKAGES) {
  const name = packageJson.name;
  const stability = packageJson.switchyard?.stability;
  const plugin = await isServicePlugin(dir, packageJson);
  if (plugin) SERVICE_PLUGINS.push(packageJson.name);
  describe(`${name} (${stability}${plugin ? ', service plugin' : ''})`, () => {
    it('is ESM with types: type module, exports "." with types and default, and "./package.json"', () => {
      assert.equal(packageJson.type, 'module');
      assert.equal(typeof packageJson.exports?.['.']?.types, 'string', `${name}: exports["."].types`);
      assert.equal(typeof packageJson.exports?.['.']?.default, 'string', `${name}: exports["."].default`);
      assert.equal(packageJson.exports?.['./package.json'], './package.json', `${name}: the server reads plugin metadata through it`);
    });

    it('declares files, engines, publishConfig and its stability', () => {
      assert.deepEqual(packageJson.files, ['dist']);
      assert.match(packageJson.engines?.node ?? '', /^>=20/);
      assert.equal(packageJson.publishConfig?.access, 'public');
      assert.ok(stability === 'stable' || stability === 'preview', `${name}: switchyard.stability is ${stability}`);
      assert.equal(stability === 'preview', packageJson.version.startsWith('0.'), `${name} ${packageJson.version}: previews are 0.x, stable packages 1.0.0 or later`);
      if (stability === 'preview') assert.match(packageJson.description, /PREVIEW/, `${name}: npm view shows the description`);
    });

    it('says its stability at the top of its README', () => {
      const top = readFileSync(path.join(dir, 'README.md'), 'utf8').split('\n').slice(0, 6).join('\n');
      if (stability === 'preview') assert.match(top, /^> \*\*⚠ PREVIEW\.\*\*/m);
      // A core package's own line, or the note promotion writes in place of the preview banner.
      else assert.match(top, /^(Stability: \*\*stable\*\*|> \*\*Stable\*\* since release cycle \d+)/m);
    });

    if (plugin) {
      it('takes @switchyard/sdk as a peer range that survives minor releases (it is a service plugin)', () => {
        const range = packageJson.peerDependencies?.['@switchyard/sdk'];
        assert.match(range ?? '', /^\^1\.\d+\.\d+$/, `${name}: peerDependencies["@switchyard/sdk"] is ${range}`);
        assert.equal(packageJson.dependencies?.['@switchyard/sdk'], undefined, `${name}: a plugin must share the server's SDK, not bring its own`);
      });
    }

    it('packs only its own built files, and bundles no module of another workspace package', () => {
      const files = packedFiles(dir);
      const foreign = files.filter((file) => !ALWAYS_PACKED.has(file) && !file.startsWith('dist/'));
      assert.deepEqual(foreign, [], `${name}: unexpected files in the tarball`);
      assert.ok(files.includes(packageJson.exports['.'].default.replace(/^\.\//, '')), `${name}: its entry is not built (run the build first)`);
      assert.deepEqual(bundledWorkspaceModules(dir, files), []);
      assert.ok(!files.some((file) => file.includes('.spec.') || file.endsWith('.ts.map')), `${name}: tests or stray maps packed`);
    });
  });
}

describe('the checks themselves', () => {
  it('found the service plugins to check peer ranges of: every package config sample counts as one (metadata and an sdk peer)', async () => {
    const declared = (await servicePluginPackages()).map(({ packageJson }) => packageJson.name);
    assert.deepEqual([...SERVICE_PLUGINS].sort(), declared.sort(), 'packages whose built entry default-exports a service plugin');
  });

  it('reports a module of another workspace package bundled into dist, and not the package\'s own or a dependency\'s', () => {
    const dir = path.join(ROOT, 'packages/core/example');
    const dist = ['// src/index.ts', '// ../sdk/src/errors.ts', '// ../../preview/firewall/src/index.ts', '// ../../../node_modules/semver/index.js', 'var x = 1;'].join('\n');
    assert.deepEqual(bundledWorkspaceModules(dir, ['dist/index.js', 'dist/index.d.ts'], () => dist), [
      'dist/index.js bundles packages/core/sdk/src/errors.ts',
      'dist/index.js bundles packages/preview/firewall/src/index.ts',
    ]);
  });
});
