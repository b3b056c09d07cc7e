import { type GeneratorCallback, type Tree, logger } from '@nx/devkit';
import { WORKSPACE_FOLLOW_UP } from '../../lib/workspace-follow-up.js';
import { checkRetirable } from './lib/check-retirable.js';
import { dropPendingBumps } from './lib/drop-pending-bumps.js';
import { normalizeRetireOptions } from './lib/normalize-options.js';
import { planSwitchyardToml, writeSwitchyardToml } from './lib/plan-switchyard-toml.js';
import { recordRetirement, retirementOf } from './lib/record-retirement.js';
import { removePackage } from './lib/remove-package.js';
import type { RetireGeneratorSchema } from './schema.js';

/** `nx g @switchyard/incubator:retire <name> [--reason]`: a preview leaves the workspace, on the record. */
export async function retireGenerator(tree: Tree, schema: RetireGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizeRetireOptions(tree, schema);
  const target = checkRetirable(tree, options);
  const tomlEdit = planSwitchyardToml(tree, options);
  const retirement = retirementOf(target, options);

  removePackage(tree, target);
  const dropped = dropPendingBumps(tree, target.name);
  writeSwitchyardToml(tree, tomlEdit);
  await recordRetirement(tree, retirement);
  return () => {
    const fromToml = tomlEdit?.removed.length ? `; removed from switchyard.toml: ${tomlEdit.removed.join(', ')}` : '';
    logger.info(`${target.name} ${target.version} retired${fromToml}. Its versions up to ${target.version} get deprecated on npm at the next release (retired.json).`);
    if (dropped.length > 0) logger.info(`Its pending bumps are dropped from ${dropped.join(', ')} (a release cannot bump a package that is gone).`);
    logger.info(WORKSPACE_FOLLOW_UP);
  };
}

export default retireGenerator;
