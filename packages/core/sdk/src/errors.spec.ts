import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, SwitchyardError, conflict, forbidden, invalidInput, notFound, unauthorized } from './errors.js';

describe('SwitchyardError', () => {
  it('takes status and Neutron type from the catalog', () => {
    const error = new SwitchyardError('SY_ERR_INTERNAL', 'Request failed.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SwitchyardError');
    expect(error.statusCode).toBe(500);
    expect(error.type).toBe('InternalServerError');
    expect(error.toBody()).toEqual({
      NeutronError: { type: 'InternalServerError', message: 'Request failed.', detail: '', code: 'SY_ERR_INTERNAL' },
    });
  });

  it('lets a caller name a more precise type and add detail', () => {
    const error = new SwitchyardError('SY_ERR_NOT_FOUND', 'No route.', { type: 'HTTPNotFound', detail: 'GET /x' });
    expect(error.toBody().NeutronError).toEqual({ type: 'HTTPNotFound', message: 'No route.', detail: 'GET /x', code: 'SY_ERR_NOT_FOUND' });
    expect(error.statusCode).toBe(404);
  });

  it('has a status from 400 to 599 and a type for every code', () => {
    for (const entry of Object.values(ERROR_CATALOG)) {
      expect(entry.statusCode).toBeGreaterThanOrEqual(400);
      expect(entry.statusCode).toBeLessThan(600);
      expect(entry.type).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });
});

describe('error helpers', () => {
  it('notFound names the resource the way Neutron does', () => {
    const error = notFound('network', 'n1');
    expect(error.statusCode).toBe(404);
    expect(error.toBody().NeutronError).toEqual({ type: 'NetworkNotFound', message: 'Network n1 could not be found.', detail: '', code: 'SY_ERR_NOT_FOUND' });
  });

  it('notFound turns multi-word resources into PascalCase types and readable messages', () => {
    const error = notFound('firewall_group', 'fg1');
    expect(error.type).toBe('FirewallGroupNotFound');
    expect(error.message).toBe('Firewall group fg1 could not be found.');
  });

  it('invalidInput is a 400 InvalidInput', () => {
    expect(invalidInput('bad').toBody().NeutronError).toEqual({ type: 'InvalidInput', message: 'bad', detail: '', code: 'SY_ERR_INVALID_INPUT' });
    expect(invalidInput('bad').statusCode).toBe(400);
  });

  it('conflict is a 409 with the caller-chosen type', () => {
    const error = conflict('NetworkInUse', 'Network n1 has ports.');
    expect(error.statusCode).toBe(409);
    expect(error.toBody().NeutronError).toEqual({ type: 'NetworkInUse', message: 'Network n1 has ports.', detail: '', code: 'SY_ERR_CONFLICT' });
  });

  it('forbidden is a 403 PolicyNotAuthorized and unauthorized a 401 HTTPUnauthorized', () => {
    expect([forbidden('no').statusCode, forbidden('no').type]).toEqual([403, 'PolicyNotAuthorized']);
    expect([unauthorized('no').statusCode, unauthorized('no').type]).toEqual([401, 'HTTPUnauthorized']);
  });
});
