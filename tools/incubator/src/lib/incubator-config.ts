import type { NxJsonConfiguration } from '@nx/devkit';

/** The lifecycle policy, kept in nx.json under `pluginsConfig["@switchyard/incubator"]`. */
export interface IncubatorConfig {
  stabilityTags: { stable: string; preview: string };
  folders: { stable: string; preview: string };
  currentReleaseCycle: number;
  /** A preview older than this many cycles (since entry or last renewal) fails the policy check. */
  maxPreviewAgeCycles: number;
}

export const INCUBATOR_PLUGIN = '@switchyard/incubator';

const DEFAULTS: IncubatorConfig = {
  stabilityTags: { stable: 'stability:stable', preview: 'stability:preview' },
  folders: { stable: 'packages/core', preview: 'packages/preview' },
  currentReleaseCycle: 1,
  maxPreviewAgeCycles: 2,
};

export class IncubatorConfigError extends Error {
  override name = 'IncubatorConfigError';
}

export function readIncubatorConfig(nxJson: NxJsonConfiguration | null | undefined): IncubatorConfig {
  const raw = (nxJson?.pluginsConfig?.[INCUBATOR_PLUGIN] ?? {}) as Partial<IncubatorConfig>;
  const config: IncubatorConfig = {
    stabilityTags: { ...DEFAULTS.stabilityTags, ...raw.stabilityTags },
    folders: { ...DEFAULTS.folders, ...raw.folders },
    currentReleaseCycle: raw.currentReleaseCycle ?? DEFAULTS.currentReleaseCycle,
    maxPreviewAgeCycles: raw.maxPreviewAgeCycles ?? DEFAULTS.maxPreviewAgeCycles,
  };
  for (const key of ['currentReleaseCycle', 'maxPreviewAgeCycles'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 0) {
      throw new IncubatorConfigError(
        `nx.json: pluginsConfig["${INCUBATOR_PLUGIN}"].${key} is ${JSON.stringify(config[key])}; expected a non-negative integer`,
      );
    }
  }
  return config;
}
