import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type RequestAuth, canAccess, owningProject } from './auth.js';
import { SwitchyardError } from './errors.js';

const member: RequestAuth = { projectId: 'p1', roles: ['member'], isAdmin: false };
const admin: RequestAuth = { projectId: 'admin-project', roles: ['admin'], isAdmin: true };

function requestOf(auth: RequestAuth): FastifyRequest {
  return { auth } as FastifyRequest;
}

function refusal(auth: RequestAuth, body: { project_id?: string; tenant_id?: string }): SwitchyardError {
  try {
    owningProject(requestOf(auth), body);
  } catch (error) {
    if (error instanceof SwitchyardError) return error;
    throw error;
  }
  throw new Error('expected owningProject to refuse');
}

describe('canAccess', () => {
  it('lets a project see its own resources and an admin see all', () => {
    expect(canAccess(member, 'p1')).toBe(true);
    expect(canAccess(member, 'p2')).toBe(false);
    expect(canAccess(admin, 'p2')).toBe(true);
  });
});

describe('owningProject', () => {
  it("defaults to the caller's project", () => {
    expect(owningProject(requestOf(member), {})).toBe('p1');
  });

  it('accepts the caller project named by project_id or by tenant_id', () => {
    expect(owningProject(requestOf(member), { project_id: 'p1' })).toBe('p1');
    expect(owningProject(requestOf(member), { tenant_id: 'p1' })).toBe('p1');
    expect(owningProject(requestOf(member), { project_id: 'p1', tenant_id: 'p1' })).toBe('p1');
  });

  it('refuses another project to a non-admin with a 403', () => {
    for (const body of [{ project_id: 'p2' }, { tenant_id: 'p2' }]) {
      const error = refusal(member, body);
      expect(error.statusCode).toBe(403);
      expect(error.type).toBe('PolicyNotAuthorized');
      expect(error.message).toBe(
        "Specifying 'project_id' or 'tenant_id' other than the authenticated project (p1) requires admin privileges.",
      );
    }
  });

  it('lets an admin create for another project', () => {
    expect(owningProject(requestOf(admin), { project_id: 'p2' })).toBe('p2');
    expect(owningProject(requestOf(admin), { tenant_id: 'p3' })).toBe('p3');
  });

  it('rejects project_id and tenant_id that disagree, even for an admin', () => {
    for (const auth of [member, admin]) {
      const error = refusal(auth, { project_id: 'p1', tenant_id: 'p2' });
      expect(error.statusCode).toBe(400);
      expect(error.message).toBe("'project_id' (p1) and 'tenant_id' (p2) must be equal when both are given.");
    }
  });
});
