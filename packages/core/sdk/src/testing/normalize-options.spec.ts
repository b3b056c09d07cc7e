import { describe, expect, it } from 'vitest';
import { defineResource, standardAttributes } from '../resource-kit/index.js';
import { LONG_RUN_REQUESTS, QUICK_GENERATED_PER_RESOURCE, noauthHeaders, normalizeOptions } from './normalize-options.js';
import type { ConformanceOptions } from './options.js';

const widget = defineResource({ resource: 'widget', collection: 'widgets', path: '/v2.0/widgets', table: 'widgets', attributes: standardAttributes() });
const gadget = defineResource({ resource: 'gadget', collection: 'gadgets', path: '/v2.0/gadgets', table: 'gadgets', attributes: standardAttributes() });
const fixture = async () => 'id';
const options: ConformanceOptions = { name: 'widgets', app: () => undefined as never, resources: [widget, gadget], fixtures: { widget: fixture, gadget: fixture } };

describe('normalizeOptions', () => {
  it('runs quick by default, long with the option or SWITCHYARD_CONFORMANCE=long, spreading 10,000 requests over the resources', () => {
    expect(normalizeOptions(options, {})).toMatchObject({ mode: 'quick', generatedPerResource: QUICK_GENERATED_PER_RESOURCE, openapiUrl: '/v2.0/openapi.json' });
    expect(normalizeOptions({ ...options, long: true }, {})).toMatchObject({ mode: 'long', generatedPerResource: LONG_RUN_REQUESTS / 2 });
    expect(normalizeOptions(options, { SWITCHYARD_CONFORMANCE: 'long' }).mode).toBe('long');
  });

  it('takes the seed from the option, else SWITCHYARD_CONFORMANCE_SEED, and refuses one that is no integer', () => {
    expect(normalizeOptions({ ...options, seed: 7 }, { SWITCHYARD_CONFORMANCE_SEED: '9' }).seed).toBe(7);
    expect(normalizeOptions(options, { SWITCHYARD_CONFORMANCE_SEED: '9' }).seed).toBe(9);
    expect(() => normalizeOptions(options, { SWITCHYARD_CONFORMANCE_SEED: 'abc' })).toThrow(
      'SWITCHYARD_CONFORMANCE_SEED must be an integer (a seed printed by an earlier run), not "abc".',
    );
  });

  it('gives the callers fresh distinct projects unless told, and noauth headers by default', () => {
    const { callers, headers } = normalizeOptions({ ...options, projects: { B: 'tenant-b' } }, {});
    expect(callers.A.project).toMatch(/^conformance-a-[0-9a-f]{8}$/);
    expect(callers.B).toEqual({ name: 'B', project: 'tenant-b', admin: false });
    expect(headers).toBe(noauthHeaders);
    expect(noauthHeaders(callers.admin)).toEqual({ 'x-project-id': callers.admin.project, 'x-roles': 'admin' });
    expect(noauthHeaders(callers.B)).toEqual({ 'x-project-id': 'tenant-b' });
  });

  it('refuses no resources, a resource listed twice, and a resource without a fixture', () => {
    expect(() => normalizeOptions({ ...options, resources: [] }, {})).toThrow('Conformance suite "widgets": give it at least one resource.');
    expect(() => normalizeOptions({ ...options, resources: [widget, widget] }, {})).toThrow('Conformance suite "widgets": resource widget is listed twice.');
    expect(() => normalizeOptions({ ...options, fixtures: { widget: fixture, constructor: fixture } }, {})).toThrow(
      'Conformance suite "widgets" has no fixture for gadget: add fixtures.gadget, a function (client, caller) that creates one and returns its id.',
    );
  });
});
