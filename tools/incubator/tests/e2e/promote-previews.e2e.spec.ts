import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_STEPS } from '../../src/generators/promote/promote.js';
import { findPreviewWording } from '../../src/policy/rules/find-preview-wording.js';
import { type LifecycleCopy, type Preview, openLifecycleCopy } from './lifecycle-copy.js';
import { startServerIn } from './server-in-copy.js';

/**
 * A maintainer promotes every preview the workspace holds (the real ones, whatever they are
 * today) on a copy of it; after the follow-up promote prints, the copy's whole `npm test` passes
 * and the server serves them as stable. The e2e-lifecycle target runs this beside
 * full-lifecycle.e2e.spec.ts (scaffold, renew, retire), each on its own copy.
 */
/** Scaffolded and promoted only when the workspace has no preview of its own left to promote. */
const PROMOTE_PROBE = 'promote-probe';
const TEN_MINUTES = 600_000;

let copy: LifecycleCopy;
let promoted: Preview[];

beforeAll(async () => {
  copy = await openLifecycleCopy('promote-previews-e2e-');
  copy.write('blueprints/BP-9103.md', '---\nref: BP-9103\nstatus: approved\n---\n# Promote probe\n');
  promoted = copy.previews();
  copy.commitStep('the workspace as copied');
});

afterAll(() => copy?.remove());

function promote({ service, packageName }: Preview): void {
  const output = copy.succeed('g', '@switchyard/incubator:promote', service);
  expect(output).toContain(`Promoting ${packageName} to stable:`);
  expect(output).toContain(NEXT_STEPS);
  copy.relink(packageName, `packages/core/${service}`);
  expect(existsSync(path.join(copy.root, `packages/preview/${service}`))).toBe(false);
  expect(JSON.parse(copy.read(`packages/core/${service}/package.json`))).toMatchObject({ switchyard: { stability: 'stable' }, nx: { tags: ['stability:stable'] } });
  expect(copy.read(`packages/core/${service}/README.md`)).not.toContain('**⚠ PREVIEW.**');
  // The detector of the readme-preview-wording rule: promote dropped the preview-only passages, and nothing else says preview.
  expect(findPreviewWording(copy.read(`packages/core/${service}/README.md`), { packageName, serviceNames: [service] })).toEqual([]);
  expect(copy.read(`.changeset/promote-${service}.md`)).toMatch(new RegExp(`^---\\n"${packageName.replace('/', '\\/')}": major\\n---\\n\\nPromoted to stable: ${service} `));
  // The stabilization report: written, printed, and summarised in the 1.0.0 changeset.
  const report = copy.read(`docs/stabilization/${service}.md`);
  expect(report).toMatch(new RegExp(`^# Stabilization report: ${packageName.replace('/', '\\/')}\\n`));
  expect(report).toContain('\n## API changes during the preview\n');
  expect(report).toContain('\n## Graduation criteria\n');
  expect(output).toContain(`# Stabilization report: ${packageName}`);
  expect(copy.read(`.changeset/promote-${service}.md`)).toContain(`Stabilization report: docs/stabilization/${service}.md`);
}

describe('promote every preview of the workspace; npm test after it (end to end)', () => {
  it('promotes them: stable metadata, tag, folder, README, a 1.0.0 changeset; after `npm run config:sample` no preview is left and npm test passes', () => {
    if (promoted.length === 0) {
      copy.succeed('g', '@switchyard/incubator:preview', PROMOTE_PROBE, '--blueprint', 'BP-9103');
      copy.relink(`@switchyard/${PROMOTE_PROBE}`, `packages/preview/${PROMOTE_PROBE}`);
      promoted = [{ service: PROMOTE_PROBE, packageName: `@switchyard/${PROMOTE_PROBE}` }];
    }
    for (const preview of promoted) promote(preview);
    const sample = copy.regenerateSample();
    const servicePlugins = /^service_plugins = \[.*\]$/m.exec(sample)?.[0];
    for (const { service } of promoted) expect(servicePlugins).toContain(`"${service}"`);
    expect(sample).not.toMatch(/^# PREVIEW:/m);
    expect(sample).toMatch(/^\[preview\]\n(#.*\n)*enabled = \[\]$/m);
    const ran = copy.runNpmTest(`promote ${promoted.map(({ service }) => service).join(', ')}`);
    expect(ran).toEqual(expect.arrayContaining([...promoted.map(({ packageName }) => `${packageName}:test`), '@switchyard/server:root-config']));
    copy.commitStep(`promote ${promoted.map(({ service }) => service).join(', ')}`);
  }, TEN_MINUTES);

  it('the root switchyard.toml still starts the server; the promoted services are served as stable with no preview warning or dashboard badge', async () => {
    const server = await startServerIn(copy.root, 'switchyard.toml');
    try {
      const response = await fetch(`${server.url}/v2.0/extensions`);
      const { extensions } = (await response.json()) as { extensions: { alias: string; stability?: string }[] };
      expect(extensions).not.toEqual([]);
      expect(extensions.filter((extension) => extension.stability !== 'stable')).toEqual([]);
      expect(server.output()).not.toMatch(/is a preview service/);
      // The dashboard draws its Preview badge and banner from this manifest (test:browser checks
      // the page): after promotion no panel of a promoted plugin carries them, with no edit to it.
      const answer = await fetch(`${server.url}/dashboard/panels.json`);
      expect(answer.status, 'the root config serves the dashboard').toBe(200);
      const manifest = (await answer.json()) as { panels: { service: string; stability: string }[] };
      expect(manifest.panels.filter((panel) => panel.stability !== 'stable')).toEqual([]);
    } finally {
      await server.stop();
    }
  }, TEN_MINUTES);
});
