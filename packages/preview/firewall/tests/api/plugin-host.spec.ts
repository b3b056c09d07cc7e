import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, alice, buildFirewallApp, call, firewallMetadata } from './firewall-app.js';

let app: App;

beforeAll(async () => {
  app = await buildFirewallApp();
});
afterAll(async () => {
  await app.close();
});

describe('the firewall inside the plugin host', () => {
  it('labels every response of its routes, errors included, with its stability from package.json', async () => {
    const list = await call(app, alice, 'GET', '/v2.0/fwaas/firewall_rules');
    expect(list.status).toBe(200);
    expect(list.headers['x-switchyard-stability']).toBe(firewallMetadata.stability);
    const missing = await call(app, alice, 'GET', '/v2.0/fwaas/firewall_groups/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-switchyard-stability']).toBe(firewallMetadata.stability);
  });

  it('does not label core routes', async () => {
    const networks = await call(app, alice, 'GET', '/v2.0/networks');
    expect(networks.headers['x-switchyard-stability']).toBeUndefined();
  });

  it('announces its fwaas_v2 extension', async () => {
    const extensions = await call(app, alice, 'GET', '/v2.0/extensions');
    const fwaas = extensions.body.extensions.find((extension: { alias: string }) => extension.alias === 'fwaas_v2');
    expect(fwaas).toMatchObject({ name: 'Firewall as a Service v2' });
  });

  it('refuses a [plugins.firewall] section that does not fit its schema', async () => {
    await expect(buildFirewallApp({ max_rules_per_policy: 0 })).rejects.toThrow(/max_rules_per_policy/);
  });
});
