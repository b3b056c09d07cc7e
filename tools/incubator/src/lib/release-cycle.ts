import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tree } from '@nx/devkit';
import { IncubatorConfigError, RELEASE_CYCLE_FILE } from './incubator-config.js';

export { RELEASE_CYCLE_FILE };

/** What release-cycle.json holds. */
export interface ReleaseCycleFile {
  currentReleaseCycle: number;
}

/** The parsed file in a generator's tree, or undefined when the workspace has none yet. */
export function readReleaseCycleFromTree(tree: Tree): unknown {
  return parseReleaseCycle(tree.read(RELEASE_CYCLE_FILE, 'utf-8'));
}

/** The parsed file in the workspace at `root`, or undefined when it has none yet. */
export function readReleaseCycleAt(root: string): unknown {
  const file = path.join(root, RELEASE_CYCLE_FILE);
  return parseReleaseCycle(existsSync(file) ? readFileSync(file, 'utf-8') : null);
}

/** The file's text for `cycle`, as open-cycle writes it. */
export function formatReleaseCycle(cycle: number): string {
  return `${JSON.stringify({ currentReleaseCycle: cycle } satisfies ReleaseCycleFile, null, 2)}\n`;
}

function parseReleaseCycle(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (caught) {
    throw new IncubatorConfigError(
      `${RELEASE_CYCLE_FILE} is not valid JSON (${caught instanceof Error ? caught.message : String(caught)}); expected {"currentReleaseCycle": <non-negative integer>}`,
    );
  }
}
