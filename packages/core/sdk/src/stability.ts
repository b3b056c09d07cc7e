/**
 * Stability is declared once, in a package's `switchyard` metadata (package.json);
 * every surface a person meets (logs, headers, discovery, CLI help) derives its label from it.
 *
 * @public
 */
export type Stability = 'stable' | 'preview';

/** @public */
export const STABILITIES: readonly Stability[] = ['stable', 'preview'];

/**
 * Response header carried by every response of a plugin's routes.
 *
 * @public
 */
export const STABILITY_HEADER = 'x-switchyard-stability';

/** @public */
export interface StabilityMetadata {
  stability: Stability;
  /** Release cycle in which the package entered its current stability. */
  enteredCycle: number;
  /** Reference of the approved blueprint (design proposal) it was accepted under. */
  blueprint: string;
  /** Renewals of a preview: each resets the stagnation clock. */
  renewals?: Array<{ cycle: number; blueprint: string }>;
}

/** @public */
export class StabilityMetadataError extends Error {
  override name = 'StabilityMetadataError';
}

/**
 * Reads and validates the `switchyard` field of a package.json.
 * `source` names the file so the error can say where to fix it.
 *
 * @public
 */
export function readStabilityMetadata(packageJson: unknown, source: string): StabilityMetadata {
  const field = (packageJson as { switchyard?: unknown } | null)?.switchyard;
  if (!isRecord(field)) {
    throw new StabilityMetadataError(
      `${source}: missing "switchyard" field; expected {"stability": "stable" | "preview", "enteredCycle": <number>, "blueprint": "<ref>"}`,
    );
  }
  const { stability, enteredCycle, blueprint, renewals } = field;
  if (stability !== 'stable' && stability !== 'preview') {
    throw new StabilityMetadataError(
      `${source}: "switchyard.stability" is ${JSON.stringify(stability)}; expected "stable" or "preview"`,
    );
  }
  if (!Number.isInteger(enteredCycle) || (enteredCycle as number) < 0) {
    throw new StabilityMetadataError(
      `${source}: "switchyard.enteredCycle" is ${JSON.stringify(enteredCycle)}; expected a release cycle number such as 1`,
    );
  }
  if (typeof blueprint !== 'string' || blueprint.trim() === '') {
    throw new StabilityMetadataError(
      `${source}: "switchyard.blueprint" is ${JSON.stringify(blueprint)}; expected the reference of an approved blueprint, such as "BP-0002"`,
    );
  }
  const metadata: StabilityMetadata = { stability, enteredCycle: enteredCycle as number, blueprint };
  if (renewals !== undefined) metadata.renewals = readRenewals(renewals, source);
  return metadata;
}

function readRenewals(value: unknown, source: string): Array<{ cycle: number; blueprint: string }> {
  const valid =
    Array.isArray(value) &&
    value.every((entry) => isRecord(entry) && Number.isInteger(entry.cycle) && typeof entry.blueprint === 'string');
  if (!valid) {
    throw new StabilityMetadataError(
      `${source}: "switchyard.renewals" must be a list of {"cycle": <number>, "blueprint": "<ref>"}`,
    );
  }
  return value as Array<{ cycle: number; blueprint: string }>;
}

/**
 * The cycle a preview's stagnation clock counts from: its last renewal, else its entry.
 *
 * @public
 */
export function lastApprovedCycle(metadata: StabilityMetadata): number {
  const renewalCycles = (metadata.renewals ?? []).map((renewal) => renewal.cycle);
  return Math.max(metadata.enteredCycle, ...renewalCycles);
}

/**
 * The label shown to people: "[preview]" for previews, nothing for stable code.
 *
 * @public
 */
export function stabilityLabel(stability: Stability): string {
  return stability === 'preview' ? '[preview]' : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
