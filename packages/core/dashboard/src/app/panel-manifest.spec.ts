import { describe, expect, it } from 'vitest';
import { type PanelManifestEntry, loadPluginPanel } from './panel-manifest.js';

const entry: PanelManifestEntry = { service: 'dns', packageName: '@acme/switchyard-dns', version: '0.2.0', stability: 'preview', module: 'panels/dns.js' };
const base = 'http://127.0.0.1:9696/dashboard/';

describe('loadPluginPanel', () => {
  it("imports the module from the dashboard's URL and keeps its default export", async () => {
    const imported: string[] = [];
    const panel = { title: 'DNS', sections: [] };
    const loaded = await loadPluginPanel(entry, async (url) => (imported.push(url), { default: panel }), base);
    expect(imported).toEqual(['http://127.0.0.1:9696/dashboard/panels/dns.js']);
    expect(loaded).toEqual({ entry, panel });
  });

  it('says what a module without a panel must export', async () => {
    const loaded = await loadPluginPanel(entry, async () => ({ default: { title: 'DNS' } }), base);
    expect(loaded).toMatchObject({ failure: expect.stringContaining('does not export a panel as its default export; expected "export default defineDashboardPanel({ title, sections })"') });
  });

  it('names the package when the module fails to load', async () => {
    const loaded = await loadPluginPanel(entry, async () => Promise.reject(new Error('boom')), base);
    expect(loaded).toMatchObject({ failure: "@acme/switchyard-dns's dashboard panel (http://127.0.0.1:9696/dashboard/panels/dns.js) could not be loaded: boom" });
  });
});
