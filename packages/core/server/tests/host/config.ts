import type { SwitchyardConfig } from '../../src/index.js';

/** A config as loadConfig would return it for a file in `baseDir`; tests override what they need. */
export function testConfig(baseDir: string, overrides: Partial<SwitchyardConfig> = {}): SwitchyardConfig {
  return {
    configFile: `${baseDir}/switchyard.toml`,
    configSource: 'switchyard.toml',
    baseDir,
    server: { host: '127.0.0.1', port: 9696 },
    database: { url: 'sqlite::memory:' },
    authStrategy: 'noauth',
    auth: { defaultProject: 'demo', tokens: {} },
    servicePlugins: [],
    preview: { enabled: [] },
    plugins: {},
    ...overrides,
  };
}

/** `testConfig` loading both plugins of `writePreviewAndStablePlugins`, the preview opted in. */
export function twoPluginConfig(baseDir: string, overrides: Partial<SwitchyardConfig> = {}): SwitchyardConfig {
  return testConfig(baseDir, { servicePlugins: ['dns', 'vpn'], preview: { enabled: ['dns'] }, ...overrides });
}
