import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type RequestAuth, unauthorized } from '@switchyard/sdk';
import type { SwitchyardConfig } from '../config/config.js';
import { PANEL_MANIFEST_PATH } from '../dashboard/register-dashboard.js';

// Health checks and scrapes come from load balancers and Prometheus, which hold no token.
const PUBLIC_PATHS = new Set(['/', '/v2.0', '/v2.0/', '/healthz', '/readyz', '/metrics']);
// The API reference and the dashboard's files show no data; the requests made from them carry
// their own token. The dashboard's panel manifest says what is loaded, like /v2.0/extensions: not public.
const isPublicPath = (path: string) =>
  PUBLIC_PATHS.has(path) || path === '/docs' || path.startsWith('/docs/') || (isDashboardPath(path) && path !== PANEL_MANIFEST_PATH);
const isDashboardPath = (path: string) => path === '/dashboard' || path.startsWith('/dashboard/');

/**
 * Sets `request.auth` for every route. `noauth` trusts `X-Project-Id` (local use);
 * `token` maps `X-Auth-Token` to a project and roles from the config.
 */
export function installAuth(app: FastifyInstance, config: SwitchyardConfig): void {
  app.decorateRequest('auth', null as unknown as RequestAuth);
  const authenticate = config.authStrategy === 'token' ? tokenAuth(config) : noAuth(config);
  app.addHook('onRequest', async (request) => {
    request.auth = authenticate(request);
  });
}

function noAuth(config: SwitchyardConfig): (request: FastifyRequest) => RequestAuth {
  return (request) => {
    const header = request.headers['x-project-id'];
    const projectId = (Array.isArray(header) ? header[0] : header) || config.auth.defaultProject;
    const rolesHeader = request.headers['x-roles'];
    const roles = String(rolesHeader ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    return { projectId, roles, isAdmin: roles.includes('admin') };
  };
}

function tokenAuth(config: SwitchyardConfig): (request: FastifyRequest) => RequestAuth {
  return (request) => {
    const header = request.headers['x-auth-token'];
    const token = Array.isArray(header) ? header[0] : header;
    // Own keys only: a token spelled like an Object.prototype member ("constructor") is just unknown.
    const entry = token && Object.hasOwn(config.auth.tokens, token) ? config.auth.tokens[token] : undefined;
    if (!entry) {
      if (isPublicPath(request.url.split('?')[0])) return { projectId: '', roles: [], isAdmin: false };
      throw unauthorized(token ? 'The X-Auth-Token is not valid.' : 'Authentication required: send an X-Auth-Token header.');
    }
    return { projectId: entry.project, roles: entry.roles, isAdmin: entry.roles.includes('admin') };
  };
}
