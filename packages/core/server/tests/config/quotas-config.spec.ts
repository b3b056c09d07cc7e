import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, buildApp, loadConfig } from '../../src/index.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

function loadFile(toml: string) {
  dir.write('quotas.toml', toml);
  return loadConfig({ argv: ['--config', 'quotas.toml'], env: {}, cwd: dir.root });
}

describe('[quotas]', () => {
  it('keeps Neutron’s defaults for the resources it leaves out', () => {
    expect(loadFile('[quotas]\nnetwork = 3\nport = -1\n').quotas).toEqual({ network: 3, subnet: 100, port: -1, router: 10 });
    expect(loadFile('').quotas).toEqual({ network: 100, subnet: 100, port: 500, router: 10 });
  });

  it.each([
    ['[quotas]\nnetwork = -2\n', 'quotas.toml: [quotas] network is -2; expected an integer from -1 to 2147483647'],
    ['[quotas]\nrouter = "10"\n', 'quotas.toml: [quotas] router is "10"; expected an integer from -1 to 2147483647'],
    ['[quotas]\nsecurity_group = 1.5\n', 'quotas.toml: [quotas] security_group is 1.5; expected an integer from -1 to 2147483647'],
  ])('refuses %j, naming the file, the key and what it expects', (toml, message) => {
    expect(() => loadFile(toml)).toThrow(ConfigError);
    expect(() => loadFile(toml)).toThrow(message);
  });

  it('reads a key a plugin may count (checked against the loaded plugins at start-up), as an ordinary key even when named __proto__', () => {
    expect(loadFile('[quotas]\nfirewall_rule = 20\n').quotas).toMatchObject({ network: 100, firewall_rule: 20 });
    const quotas = loadFile('[quotas]\n__proto__ = 3\n').quotas as Record<string, number>;
    expect(Object.hasOwn(quotas, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(quotas)).toBe(Object.prototype);
  });

  it('refuses at start-up a key no loaded service counts, naming the file, the key and the allowed keys', async () => {
    const config = loadFile('[quotas]\nfloatingip = 5\n');
    const refusal = buildApp({ config: { ...config, database: { url: 'sqlite::memory:' } } });
    await expect(refusal).rejects.toThrow(ConfigError);
    await expect(refusal).rejects.toThrow('quotas.toml: unknown key in [quotas] "floatingip"; allowed keys: network, subnet, port, router.');
  });
});
