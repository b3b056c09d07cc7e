import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Stability, readStabilityMetadata } from '@switchyard/sdk';
import { assertServerBuilt } from '@switchyard/server/testing';

// The firewall's side of the real server process; @switchyard/server/testing starts and stops it.
const require = createRequire(import.meta.url);
/** The server loads this package through node_modules, so it runs the built plugin too. */
const FIREWALL_PACKAGE_JSON = require.resolve('@switchyard/firewall/package.json');
const FIREWALL_DIST = path.resolve(path.dirname(FIREWALL_PACKAGE_JSON), 'dist', 'index.js');
/** What the server will label the firewall: the `switchyard.stability` of the package it loads. */
export const firewallStability: Stability = readStabilityMetadata(
  JSON.parse(readFileSync(FIREWALL_PACKAGE_JSON, 'utf8')),
  FIREWALL_PACKAGE_JSON,
).stability;

export function assertBuilt(): void {
  assertServerBuilt();
  if (!existsSync(FIREWALL_DIST)) {
    throw new Error(`${FIREWALL_DIST} is missing; build first: NX_DAEMON=false npx nx run @switchyard/firewall:build (builds the server too)`);
  }
}
