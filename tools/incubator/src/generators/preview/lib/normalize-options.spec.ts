import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizePreviewOptions } from './normalize-options.js';

describe('normalizePreviewOptions', () => {
  it('derives package, folder, cycle, tag and the resource names from the service name', () => {
    expect(normalizePreviewOptions(createSwitchyardWorkspace(), { name: ' dns-zones ', blueprint: ' BP-0007 ' })).toEqual({
      name: 'dns-zones',
      packageName: '@switchyard/dns-zones',
      projectRoot: 'packages/preview/dns-zones',
      blueprint: 'BP-0007',
      description: 'DnsZones as a service for Switchyard.',
      cycle: 3,
      previewTag: 'stability:preview',
      stableFolder: 'packages/core',
      previewFolder: 'packages/preview',
      className: 'DnsZones',
      propertyName: 'dnsZones',
      resource: 'dns_zones_item',
      collection: 'dns_zones_items',
      table: 'dns_zones_items',
      basePath: '/v2.0/dns-zones/items',
    });
  });

  it('keeps a description on one line', () => {
    const options = normalizePreviewOptions(createSwitchyardWorkspace(), { name: 'dns', blueprint: 'BP-0007', description: ' Zones\n  and records. ' });
    expect(options.description).toBe('Zones and records.');
  });
});
