import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertServerBuilt } from '@switchyard/server/testing';

// This package's side of the real server process; @switchyard/server/testing starts and stops it.
const OWN_ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/index.js');

export function assertBuilt(): void {
  assertServerBuilt();
  if (!existsSync(OWN_ENTRY)) throw new Error(`${OWN_ENTRY} is missing; build first: NX_DAEMON=false npx nx run @switchyard/security-groups:test builds what it needs`);
}

/** A throw-away folder holding a switchyard.toml; the server's SQLite file goes there too. */
export function writeConfigDirectory(toml: string): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'security-groups-scenario-'));
  writeFileSync(path.join(root, 'switchyard.toml'), toml);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
