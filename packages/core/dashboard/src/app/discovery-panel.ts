import { defineDashboardPanel } from '../contract/panel.js';

/** API discovery: what the server offers, each extension with the stability of the package that serves it. */
export const discoveryPanel = defineDashboardPanel({
  title: 'API discovery',
  description: 'GET /v2.0/extensions: every extension this server serves, core and plugins.',
  sections: [
    {
      kind: 'resources',
      title: 'Extensions',
      path: '/v2.0/extensions',
      collection: 'extensions',
      resource: 'extension',
      deletable: false,
      columns: [
        { label: 'Alias', value: 'alias' },
        { label: 'Name', value: 'name' },
        { label: 'Stability', value: 'stability' },
        { label: 'Description', value: 'description' },
      ],
    },
  ],
});
