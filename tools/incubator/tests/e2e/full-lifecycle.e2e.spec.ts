import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_FOLLOW_UP } from '../../src/lib/workspace-follow-up.js';
import { type LifecycleCopy, openLifecycleCopy } from './lifecycle-copy.js';

/**
 * A new service's story on a copy of this workspace: scaffold a preview, renew it in the next
 * cycle, retire it, dry-run the release; after each step and the follow-up it prints, the copy's
 * whole `npm test` passes (less the end-to-end targets). Promoting the workspace's own previews is
 * promote-previews.e2e.spec.ts, which the e2e-lifecycle target runs beside this one.
 */
const SAMPLE = 'sample-svc';
const TEN_MINUTES = 600_000;

let copy: LifecycleCopy;
/** The root switchyard.toml as copied, which `config sample` writes again once the sample is retired. */
let originalConfig: string;

beforeAll(async () => {
  copy = await openLifecycleCopy('full-lifecycle-e2e-');
  copy.write('blueprints/BP-9101.md', '---\nref: BP-9101\nstatus: approved\n---\n# Sample service\n');
  copy.write('blueprints/BP-9102.md', '---\nref: BP-9102\nstatus: approved\n---\n# Sample service, another cycle\n');
  originalConfig = copy.read('switchyard.toml');
  copy.commitStep('the workspace as copied');
});

afterAll(() => copy?.remove());

describe('scaffold, renew, retire a preview; npm test after each (end to end)', () => {
  it('scaffolds a preview; after the follow-up it prints, npm test passes', () => {
    const output = copy.succeed('g', '@switchyard/incubator:preview', SAMPLE, '--blueprint', 'BP-9101');
    expect(output).toContain(WORKSPACE_FOLLOW_UP);
    expect(output).toContain(`  [preview] enabled = [..., "${SAMPLE}"]`);
    expect(JSON.parse(copy.read(`packages/preview/${SAMPLE}/package.json`))).toMatchObject({
      name: `@switchyard/${SAMPLE}`,
      switchyard: { stability: 'preview', enteredCycle: copy.releaseCycle(), blueprint: 'BP-9101' },
    });
    expect(JSON.parse(copy.read('tsconfig.json')).references).toContainEqual({ path: `./packages/preview/${SAMPLE}` });
    // Its dashboard panel: exported, and its API report written by the generator's callback (npm test's api-report checks it).
    expect(JSON.parse(copy.read(`packages/preview/${SAMPLE}/package.json`)).exports['./dashboard']).toMatchObject({ default: './dist/dashboard.js' });
    expect(copy.read(`packages/preview/${SAMPLE}/api/dashboard.report.api.md`)).toContain('const panel: DashboardPanel;');
    expect(copy.read(`.changeset/preview-${SAMPLE}.md`)).toMatch(new RegExp(`^---\\n"@switchyard\\/${SAMPLE}": minor\\n---\\n`));
    copy.relink(`@switchyard/${SAMPLE}`, `packages/preview/${SAMPLE}`);
    const sample = copy.regenerateSample();
    expect(sample).toMatch(/^service_plugins = \[.*"sample-svc".*\]$/m);
    expect(sample).toContain('# PREVIEW: settings of the sample-svc plugin (@switchyard/sample-svc)');
    const ran = copy.runNpmTest(`preview ${SAMPLE}`);
    // The root switchyard.toml changed: the server's and the CLI's specs of it ran, with the scaffold's own tests.
    expect(ran).toEqual(expect.arrayContaining([`@switchyard/${SAMPLE}:test`, '@switchyard/server:root-config', '@switchyard/cli:root-config']));
    copy.commitStep(`preview ${SAMPLE}`);
  }, TEN_MINUTES);

  it('renews the scaffolded preview in the next cycle (refused in the cycle it entered, and twice under one blueprint); then npm test passes', () => {
    const entered = copy.releaseCycle();
    expect(copy.nx('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102').output).toContain(
      `Cannot renew "${SAMPLE}": @switchyard/${SAMPLE} entered preview in cycle ${entered}, and the current cycle is ${entered}`,
    );
    expect(copy.succeed('g', '@switchyard/incubator:open-cycle', '--cycle', String(entered + 1))).toContain(`Release cycle ${entered + 1} is open (was ${entered})`);
    expect(copy.succeed('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102')).toContain(`renewed in cycle ${entered + 1} under BP-9102`);
    expect(JSON.parse(copy.read(`packages/preview/${SAMPLE}/package.json`)).switchyard.renewals).toEqual([{ cycle: entered + 1, blueprint: 'BP-9102' }]);
    const again = copy.nx('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102');
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`Cannot renew "${SAMPLE}": @switchyard/${SAMPLE} already used blueprint BP-9102`);
    const ran = copy.runNpmTest(`renew ${SAMPLE}`);
    expect(ran).toEqual(expect.arrayContaining([`@switchyard/${SAMPLE}:test`, '@switchyard/incubator:check']));
    copy.commitStep(`renew ${SAMPLE}`);
  }, TEN_MINUTES);

  it('retires the scaffolded preview and its own changeset; `npm run config:sample` writes the config as it was before the scaffold, and npm test passes', () => {
    const output = copy.succeed('g', '@switchyard/incubator:retire', SAMPLE, '--reason', 'End-to-end check.');
    copy.relink(`@switchyard/${SAMPLE}`, null);
    expect(existsSync(path.join(copy.root, `packages/preview/${SAMPLE}`))).toBe(false);
    expect(copy.read('tsconfig.json')).not.toContain(SAMPLE);
    // Retired before any release: the changeset its scaffolding wrote bumps only it, so retire deletes it and says so.
    expect(existsSync(path.join(copy.root, `.changeset/preview-${SAMPLE}.md`))).toBe(false);
    expect(output).toContain(`.changeset/preview-${SAMPLE}.md`);
    const sample = copy.regenerateSample();
    expect(sample).not.toContain(SAMPLE);
    expect(sample).toBe(originalConfig);
    expect(JSON.parse(copy.read('retired.json')).retired).toContainEqual(expect.objectContaining({ name: SAMPLE, lastVersion: '0.1.0' }));
    const ran = copy.runNpmTest(`retire ${SAMPLE}`);
    // switchyard.toml is back as it was, so its specs are replayed from the outer run's results.
    expect(ran).toContain('@switchyard/incubator:check');
    const reuse = copy.nx('g', '@switchyard/incubator:preview', SAMPLE, '--blueprint', 'BP-9101', '--dry-run');
    expect(reuse.output).toContain(`Cannot create preview "${SAMPLE}": it belonged to @switchyard/${SAMPLE}, retired in cycle`);
    copy.commitStep(`retire ${SAMPLE}`);
  }, TEN_MINUTES);

  it('after the retirement, `npm run release -- --dry-run` succeeds and writes nothing', () => {
    // The copy's registry is the public one: the dry run only warns that the real release needs --public.
    const release = copy.npm('run', 'release', '--', '--dry-run');
    expect(release.status, release.output).toBe(0);
    expect(release.output).toContain('Release plan');
    expect(copy.git('status', '--porcelain')).toBe('');
  }, TEN_MINUTES);
});
