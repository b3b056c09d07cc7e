import type { NxJsonConfiguration } from '@nx/devkit';
import { type GraduationCriteria, parseGraduationCriteria } from './graduation-criteria.js';

/**
 * The lifecycle policy, kept in nx.json under `pluginsConfig["@switchyard/incubator"]`, except the
 * current release cycle, which lives in release-cycle.json (see release-cycle.ts).
 */
export interface IncubatorConfig {
  stabilityTags: { stable: string; preview: string };
  folders: { stable: string; preview: string };
  currentReleaseCycle: number;
  /** A preview older than this many cycles (since entry or last renewal) fails the policy check. */
  maxPreviewAgeCycles: number;
  /** What every preview must show to be promoted; a blueprint's `graduation:` may only tighten it. */
  graduation: GraduationCriteria;
}

export const INCUBATOR_PLUGIN = '@switchyard/incubator';

/**
 * Where the current release cycle lives, read only by the policy check and the generators:
 * nx.json is an input of every Nx task, so keeping the cycle there made opening a cycle throw
 * away every cached result. Read and written by release-cycle.ts.
 */
export const RELEASE_CYCLE_FILE = 'release-cycle.json';

const DEFAULTS: IncubatorConfig = {
  stabilityTags: { stable: 'stability:stable', preview: 'stability:preview' },
  folders: { stable: 'packages/core', preview: 'packages/preview' },
  currentReleaseCycle: 1,
  maxPreviewAgeCycles: 2,
  graduation: {},
};

export class IncubatorConfigError extends Error {
  override name = 'IncubatorConfigError';
}

/**
 * `releaseCycleFile` is release-cycle.json parsed (undefined when the workspace has none): its
 * `currentReleaseCycle` wins; a workspace without the file still reads the cycle from nx.json.
 */
export function readIncubatorConfig(nxJson: NxJsonConfiguration | null | undefined, releaseCycleFile?: unknown): IncubatorConfig {
  const raw = (nxJson?.pluginsConfig?.[INCUBATOR_PLUGIN] ?? {}) as Partial<IncubatorConfig>;
  const config: IncubatorConfig = {
    stabilityTags: { ...DEFAULTS.stabilityTags, ...raw.stabilityTags },
    folders: { ...DEFAULTS.folders, ...raw.folders },
    // Checked below like every number of the policy, wherever it came from.
    currentReleaseCycle: (releaseCycleFile === undefined ? (raw.currentReleaseCycle ?? DEFAULTS.currentReleaseCycle) : cycleInFile(raw, releaseCycleFile)) as number,
    maxPreviewAgeCycles: raw.maxPreviewAgeCycles ?? DEFAULTS.maxPreviewAgeCycles,
    graduation: readDefaultCriteria(raw.graduation),
  };
  for (const key of ['currentReleaseCycle', 'maxPreviewAgeCycles'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 0) {
      const where = key === 'currentReleaseCycle' && releaseCycleFile !== undefined ? `${RELEASE_CYCLE_FILE}: currentReleaseCycle` : `nx.json: pluginsConfig["${INCUBATOR_PLUGIN}"].${key}`;
      throw new IncubatorConfigError(`${where} is ${JSON.stringify(config[key])}; expected a non-negative integer`);
    }
  }
  return config;
}

function readDefaultCriteria(raw: unknown): GraduationCriteria {
  const { criteria, problems } = parseGraduationCriteria(raw);
  const [first] = problems;
  if (first !== undefined) {
    throw new IncubatorConfigError(`nx.json: pluginsConfig["${INCUBATOR_PLUGIN}"].graduation${first.key === '' ? '' : `.${first.key}`} ${first.message}`);
  }
  return criteria;
}

function cycleInFile(raw: Partial<IncubatorConfig>, file: unknown): unknown {
  if (raw.currentReleaseCycle !== undefined) {
    throw new IncubatorConfigError(
      `nx.json: pluginsConfig["${INCUBATOR_PLUGIN}"].currentReleaseCycle is set, but the current cycle lives in ${RELEASE_CYCLE_FILE}; remove it from nx.json`,
    );
  }
  return typeof file === 'object' && file !== null && Object.hasOwn(file, 'currentReleaseCycle') ? (file as Record<string, unknown>).currentReleaseCycle : undefined;
}
