import { WORKSPACE_FOLLOW_UP } from '../../../lib/workspace-follow-up.js';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/**
 * What an operator adds to switchyard.toml to run the new preview. The generator prints it and
 * never edits the file: which services run is the operator's decision, not the scaffold's. This
 * workspace's own sample lists every installed plugin, so it is regenerated (the last line).
 */
export function operatorInstructions(options: NormalizedPreviewOptions): string {
  return [
    `${options.packageName} is a preview. To run it, an operator adds to switchyard.toml:`,
    `  service_plugins = [..., "${options.name}"]`,
    `  [preview] enabled = [..., "${options.name}"]`,
    WORKSPACE_FOLLOW_UP,
  ].join('\n');
}
