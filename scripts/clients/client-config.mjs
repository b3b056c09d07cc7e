// The config the client drivers' servers run with: `switchyard config sample` (every installed
// service plugin, previews opted in, so the drivers see what an operator would), with the auth
// strategy of the mode and, in token mode, one token per identity the drivers act as.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Who the drivers act as, by token; they read this from SWITCHYARD_CLIENT_TOKENS. */
export const IDENTITIES = {
  admin: { token: 'clients-admin-token', project: 'admin-project', roles: ['admin'] },
  alpha: { token: 'clients-alpha-token', project: 'alpha-project', roles: [] },
  beta: { token: 'clients-beta-token', project: 'beta-project', roles: [] },
};

export async function clientConfig({ root, mode }) {
  const sample = execFileSync(process.execPath, [path.join(root, 'packages/core/cli/dist/bin.js'), 'config', 'sample'], { encoding: 'utf8' });
  const strategyLine = /^auth_strategy = "noauth"$/m;
  if (!strategyLine.test(sample)) throw new Error('config sample no longer has the line auth_strategy = "noauth"; update scripts/clients/client-config.mjs');
  const config = sample.replace(strategyLine, `auth_strategy = "${mode}"`);
  return mode === 'token' ? `${config}\n${tokenTables()}` : config;
}

function tokenTables() {
  return Object.values(IDENTITIES)
    .map(({ token, project, roles }) => `[auth.tokens."${token}"]\nproject = "${project}"\nroles = ${JSON.stringify(roles)}\n`)
    .join('\n');
}
