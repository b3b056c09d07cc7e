import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizePreviewOptions } from './normalize-options.js';
import { WORKSPACE_FOLLOW_UP } from '../../../lib/workspace-follow-up.js';
import { operatorInstructions } from './operator-instructions.js';

describe('operatorInstructions', () => {
  it('names the two switchyard.toml entries that enable the preview', () => {
    const options = normalizePreviewOptions(createSwitchyardWorkspace(), { name: 'vpn', blueprint: 'BP-0007' });
    expect(operatorInstructions(options).split('\n')).toEqual([
      '@switchyard/vpn is a preview. To run it, an operator adds to switchyard.toml:',
      '  service_plugins = [..., "vpn"]',
      '  [preview] enabled = [..., "vpn"]',
      WORKSPACE_FOLLOW_UP,
    ]);
  });
});
