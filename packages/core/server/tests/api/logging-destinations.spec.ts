import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parse } from 'smol-toml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, type SwitchyardConfig, buildApp } from '../../src/index.js';
import { validateConfigFile } from '../../src/config/validate-config-file.js';
import { twoPluginConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writePreviewAndStablePlugins } from '../host/fixtures.js';

let dir: TempDir;
let app: FastifyInstance | undefined;
beforeEach(() => {
  dir = makeTempDir();
  writePreviewAndStablePlugins(dir);
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  dir.remove();
});

function withLogging(logging: SwitchyardConfig['logging']): SwitchyardConfig {
  return twoPluginConfig(dir.root, { logging });
}

function readLines(file: string): Array<Record<string, unknown>> {
  const text = readFileSync(path.join(dir.root, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The message or the request URL of each line, to say what reached a file. */
function whatLogged(lines: Array<Record<string, unknown>>): string[] {
  return lines.map((line) => String(line.msg ?? '') + ((line.req as { url?: string } | undefined)?.url ?? ''));
}

describe('[logging]: each service to its own destination', () => {
  it("writes a service's lines to its file and the core's to the core's, never mixed", async () => {
    app = await buildApp({
      config: withLogging({ destination: 'logs/core.log', services: { dns: { destination: 'logs/dns.log' } } }),
      logger: { level: 'info' },
    });
    for (const url of ['/v2.0/dns/zones', '/v2.0/vpn/zones', '/v2.0/extensions']) expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
    await app.close();
    app = undefined;

    const dns = readLines('logs/dns.log');
    expect(dns.length).toBeGreaterThan(0);
    expect(dns.every((line) => line.service === 'dns' && line.stability === 'preview')).toBe(true);
    expect(whatLogged(dns)).toEqual(expect.arrayContaining([expect.stringContaining('is a preview service'), 'incoming request/v2.0/dns/zones', 'listing zones through the request logger']));

    const core = readLines('logs/core.log');
    expect(core.some((line) => line.service === 'dns')).toBe(false);
    // vpn has no destination of its own: its lines stay with the core's, labelled.
    expect(whatLogged(core)).toEqual(expect.arrayContaining(['incoming request/v2.0/extensions', 'incoming request/v2.0/vpn/zones']));
    expect(core.filter((line) => line.service === 'vpn').length).toBeGreaterThan(0);
  });

  it('writes nothing anywhere when the app is built without a logger', async () => {
    app = await buildApp({ config: withLogging({ destination: 'logs/core.log', services: { dns: { destination: 'logs/dns.log' } } }) });
    await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    expect(existsSync(path.join(dir.root, 'logs'))).toBe(false);
  });

  it("refuses a service destination that is the core's or another service's, naming both keys", async () => {
    await expect(buildApp({ config: withLogging({ destination: 'logs/all.log', services: { dns: { destination: './logs/all.log' } } }), logger: true })).rejects.toThrow(
      new ConfigError(
        'switchyard.toml: [logging.services.dns] destination is "./logs/all.log", which [logging] destination already writes to; expected a destination of its own (another file), so dns\'s lines are never mixed with others\'',
      ),
    );
    await expect(buildApp({ config: withLogging({ services: { dns: { destination: 'stdout' } } }), logger: true })).rejects.toThrow(
      '[logging.services.dns] destination is "stdout", which [logging] destination already writes to',
    );
    await expect(
      buildApp({ config: withLogging({ services: { dns: { destination: 'x.log' }, vpn: { destination: 'x.log' } } }), logger: true }),
    ).rejects.toThrow('[logging.services.vpn] destination is "x.log", which [logging.services.dns] destination already writes to');
  });

  it('refuses [logging.services.<name>] for a service the server does not load', async () => {
    await expect(buildApp({ config: withLogging({ services: { dnz: { destination: 'dnz.log' } } }), logger: true })).rejects.toThrow(
      new ConfigError('switchyard.toml: [logging.services.dnz] names a service the server does not load; expected one of the loaded services: dns, vpn'),
    );
  });
});

describe('[logging] in switchyard.toml', () => {
  function refusal(toml: string): string {
    try {
      validateConfigFile(parse(toml), 'switchyard.toml');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected the file to be refused');
  }

  it('reads the core destination and each service table', () => {
    const values = validateConfigFile(parse('[logging]\ndestination = "stderr"\n[logging.services.firewall]\ndestination = "logs/firewall.log"\n'), 'switchyard.toml');
    expect(values.logging).toEqual({ destination: 'stderr', services: { firewall: { destination: 'logs/firewall.log' } } });
  });

  it('names the file, the key and what it expects', () => {
    expect(refusal('[logging]\ndestination = 3\n')).toBe(
      'switchyard.toml: [logging] destination is 3; expected "stdout", "stderr" or a file path such as "logs/firewall.log" (relative to the config file\'s directory)',
    );
    expect(refusal('[logging.services.firewall]\nfile = "x.log"\n')).toContain('[logging.services."firewall"]');
    expect(refusal('[logging.services.firewall]\n')).toBe(
      'switchyard.toml: [logging.services."firewall"] destination is missing; expected "stdout", "stderr" or a file path such as "logs/firewall.log" (relative to the config file\'s directory)',
    );
    expect(refusal('[logging]\nlevel = "debug"\n')).toContain('[logging]');
  });
});
