import type { ConfigSection } from '@switchyard/server/config-schema';
import { configError } from '../errors.js';

const SERVER_PACKAGE = '@switchyard/server';

/**
 * The core keys come from the installed server's own schema, so the sample describes the server
 * that will read it. The server is an optional peer of the CLI: an operator who only talks to a
 * remote server installs no server (and compiles no SQLite) just to run the CLI.
 */
export async function loadCoreConfigSchema(): Promise<readonly ConfigSection[]> {
  try {
    const { CORE_CONFIG_SCHEMA } = await import('@switchyard/server/config-schema');
    return CORE_CONFIG_SCHEMA;
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw caught;
    throw configError(`config sample describes the settings of ${SERVER_PACKAGE}, which is not installed next to the CLI; install it: npm install ${SERVER_PACKAGE}`, caught);
  }
}
