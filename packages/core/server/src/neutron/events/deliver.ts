import type { FastifyBaseLogger } from 'fastify';
import { SwitchyardError } from '@switchyard/sdk';
import { concurrencyErrorOf } from '../shared/database-errors.js';

/** The plugin a hook belongs to, with the logger that labels its failures. */
export interface HookOwner {
  service: string;
  logger: FastifyBaseLogger;
}

/**
 * A plugin may refuse the change with a catalog error (a 409, say), which the client sees as it
 * is; anything else is the plugin's bug, logged under its name and answered with a 500.
 */
export async function deliver<T>(owner: HookOwner, outcome: string, hook: () => Promise<T> | T): Promise<T> {
  try {
    return await hook();
  } catch (error) {
    // A lost race inside the hook is the database's answer, not the plugin's bug: the error handler maps it to a 409.
    if ((error instanceof SwitchyardError && error.statusCode < 500) || concurrencyErrorOf(error)) throw error;
    owner.logger.error({ err: error }, `${owner.service} failed in a core event hook; the core change is rolled back`);
    throw new SwitchyardError(
      'SY_ERR_INTERNAL',
      `${outcome}: service plugin ${owner.service} failed while handling it, so nothing was changed. The server log has details.`,
    );
  }
}
