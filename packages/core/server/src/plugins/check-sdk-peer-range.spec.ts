import { describe, expect, it } from 'vitest';
import { PluginLoadError } from '../errors.js';
import { checkSdkPeerRange } from './check-sdk-peer-range.js';
import type { PluginPackage } from './resolve-plugin-package.js';

function pluginWithPeer(range: string | undefined): PluginPackage {
  const peerDependencies = range === undefined ? undefined : { '@switchyard/sdk': range };
  return {
    name: '@acme/switchyard-dns',
    directory: '/srv/node_modules/@acme/switchyard-dns',
    packageJsonPath: '/srv/node_modules/@acme/switchyard-dns/package.json',
    packageJson: { name: '@acme/switchyard-dns', version: '0.4.0', peerDependencies },
    entryPath: '/srv/node_modules/@acme/switchyard-dns/index.js',
  };
}

function check(range: string | undefined, sdkVersion: string): void {
  checkSdkPeerRange(pluginWithPeer(range), 'dns', 'switchyard.toml', sdkVersion);
}

describe('checkSdkPeerRange', () => {
  it('accepts an SDK inside the range, including later minors of the same major', () => {
    expect(() => check('^1.0.0', '1.0.0')).not.toThrow();
    expect(() => check('^1.0.0', '1.7.2')).not.toThrow();
    expect(() => check('>=1.2 <3', '2.0.0')).not.toThrow();
  });

  it('accepts a plugin that declares no SDK peer range', () => {
    expect(() => check(undefined, '1.0.0')).not.toThrow();
  });

  it('refuses an SDK outside the range, naming the plugin, both versions and what to do', () => {
    let caught: unknown;
    try {
      check('^2.0.0', '1.3.0');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PluginLoadError);
    expect((caught as Error).message).toBe(
      '@acme/switchyard-dns 0.4.0 (service_plugins entry "dns" in switchyard.toml) requires @switchyard/sdk ^2.0.0 (its peerDependencies), ' +
        'but this server runs @switchyard/sdk 1.3.0; install a release of @acme/switchyard-dns whose peer range includes 1.3.0 ' +
        '(see "npm view @acme/switchyard-dns peerDependencies"), upgrade @switchyard/server to a release that ships @switchyard/sdk ^2.0.0, ' +
        'or remove "dns" from service_plugins',
    );
  });

  it('refuses an older minor than the plugin needs', () => {
    expect(() => check('^1.4.0', '1.3.9')).toThrow('requires @switchyard/sdk ^1.4.0 (its peerDependencies), but this server runs @switchyard/sdk 1.3.9');
  });
});
