import { rootConfigVitestConfig } from '../../../vitest.shared';

/** The specs of the workspace's switchyard.toml: the `root-config` target; see rootConfigVitestConfig. */
export default rootConfigVitestConfig;
