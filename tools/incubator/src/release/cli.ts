import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { readIncubatorConfig } from '../lib/incubator-config.js';
import { readBoard } from '../lifecycle/board.js';
import { summarizeBoard } from '../lifecycle/format-board.js';
import { readReleaseCycleAt } from '../lib/release-cycle.js';
import { applyBaselineCopies, changedPackages, planBaselineCopies } from './copy-api-baselines.js';
import { readPublishedVersions } from './registry-versions.js';
import { readReleasePackages, readReleasePlan } from './release-plan.js';
import { readRetiredEntries, recordDeprecation } from './retired-deprecations.js';
import { type ReleaseIo, runRelease } from './run-release.js';

/** `npm run release`: the real world behind ReleaseIo. Errors end here, reported, never swallowed. */
async function main(): Promise<void> {
  // One registry request per package, though the publish and deprecate checks both ask.
  const versions = new Map<string, string[]>();
  const io: ReleaseIo = {
    readPlan: () => readReleasePlan(workspaceRoot),
    readPackages: () => readReleasePackages(workspaceRoot),
    currentCycle: () => readIncubatorConfig(JSON.parse(readFileSync(path.join(workspaceRoot, 'nx.json'), 'utf8')), readReleaseCycleAt(workspaceRoot)).currentReleaseCycle,
    registry: () => spawnSync('npm', ['config', 'get', 'registry'], { cwd: workspaceRoot, encoding: 'utf8' }).stdout.trim(),
    publishedVersions: (name, registry) => {
      const key = `${registry} ${name}`;
      if (!versions.has(key)) versions.set(key, readPublishedVersions(name, registry, workspaceRoot));
      return versions.get(key) ?? [];
    },
    readRetired: () => readRetiredEntries(workspaceRoot),
    recordDeprecation: (deprecation) => recordDeprecation(workspaceRoot, deprecation),
    run: (step) => spawnSync(step.command, step.args, { cwd: workspaceRoot, stdio: 'inherit', env: { ...process.env, ...step.env } }).status ?? 1,
    copyApiBaselines: (before, after) =>
      planBaselineCopies(changedPackages(before, after)).map((copy) => {
        // Read after open-cycle ran: the cycle this release opened.
        applyBaselineCopies([copy], io.currentCycle());
        const removed = copy.removed.map((file) => `${path.basename(file)} removed`);
        return `${copy.packageName} ${copy.version}: ${[...copy.files.map((file) => path.basename(file.to)), 'released.json', 'history.json', ...removed].join(', ')}`;
      }),
    lifecycleSummary: () => summarizeBoard(readBoard(new FsTree(workspaceRoot, false))),
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
  };
  try {
    process.exitCode = await runRelease(process.argv.slice(2), io);
  } catch (caught) {
    io.writeError(`Release could not run: ${caught instanceof Error ? caught.message : String(caught)}\n`);
    process.exitCode = 1;
  }
}

await main();
