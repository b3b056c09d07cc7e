import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';

describe('smoke', () => {
  it('answers unknown routes with a NeutronError 404', async () => {
    const app = await buildApp({
      config: {
        baseDir: process.cwd(),
        server: { host: '127.0.0.1', port: 0 },
        database: { url: 'sqlite::memory:' },
        authStrategy: 'noauth',
        auth: { defaultProject: 'demo', tokens: {} },
        servicePlugins: [],
        preview: { enabled: [] },
        plugins: {},
      },
    });
    const response = await app.inject({ method: 'GET', url: '/v2.0/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().NeutronError.type).toBe('HTTPNotFound');
    await app.close();
  });
});
