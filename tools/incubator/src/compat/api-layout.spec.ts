import { describe, expect, it } from 'vitest';
import { listApiFiles } from './api-layout.js';

describe('listApiFiles', () => {
  it('picks the main and subpath reports and models and openapi.json, sorted, and nothing else', () => {
    const names = ['released.json', 'openapi.json', 'cli.model.api.json', 'report.api.md', 'notes.md', 'model.api.json', 'config-schema.report.api.md', 'model.api.json.bak', 'Cli.model.api.json'];
    expect(listApiFiles(names)).toEqual(['cli.model.api.json', 'config-schema.report.api.md', 'model.api.json', 'openapi.json', 'report.api.md']);
  });
});
