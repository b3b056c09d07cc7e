import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFirewallClient } from '../../src/client/index.js';
import { type App, buildFirewallApp, firewallMetadata } from './firewall-app.js';

let app: App;
let url: string;
beforeAll(async () => {
  app = await buildFirewallApp();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => app.close());
afterEach(() => vi.restoreAllMocks());

describe('createFirewallClient (./client), typed from api/openapi.json', () => {
  it('creates and lists firewall rules in the project it names', async () => {
    const firewall = createFirewallClient({ url, project: 'client-project', previewWarnings: false });
    const { data } = await firewall.POST('/v2.0/fwaas/firewall_rules', { body: { firewall_rule: { protocol: 'tcp', action: 'allow', destination_port: '443' } } });
    expect(data?.firewall_rule).toMatchObject({ protocol: 'tcp', action: 'allow', project_id: 'client-project' });
    const listed = await firewall.GET('/v2.0/fwaas/firewall_rules');
    expect(listed.data?.firewall_rules?.map((rule) => rule.id)).toEqual([data?.firewall_rule?.id]);
  });

  it('warns once, on its first call, exactly when package.json declares the firewall a preview', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const firewall = createFirewallClient({ url, project: 'client-warned' });
    await firewall.GET('/v2.0/fwaas/firewall_rules');
    await firewall.GET('/v2.0/fwaas/firewall_policies');
    const previewWarnings = emitWarning.mock.calls.filter(([, options]) => (options as { type?: string } | undefined)?.type === 'PreviewWarning');
    expect(previewWarnings).toHaveLength(firewallMetadata.stability === 'preview' ? 1 : 0);
  });
});
