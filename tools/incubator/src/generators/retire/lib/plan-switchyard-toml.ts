import type { Tree } from '@nx/devkit';
import { type TomlEdit, removeServiceFromToml } from '../../../config-file/switchyard-toml.js';
import type { NormalizedRetireOptions } from './normalize-options.js';

export const SWITCHYARD_TOML = 'switchyard.toml';

/** Computed while validating, so an unsafe edit is refused before anything is written. */
export function planSwitchyardToml(tree: Tree, options: NormalizedRetireOptions): TomlEdit | undefined {
  const text = tree.read(SWITCHYARD_TOML, 'utf-8');
  if (text === null) return undefined;
  return removeServiceFromToml(text, options.service, options.packageName, SWITCHYARD_TOML);
}

export function writeSwitchyardToml(tree: Tree, edit: TomlEdit | undefined): void {
  if (edit && edit.removed.length > 0) tree.write(SWITCHYARD_TOML, edit.text);
}
