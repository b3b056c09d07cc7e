import { CommanderError } from 'commander';
import { CliError, ServerError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * The one place failures become output: one line on stderr and an exit code; the stack only
 * with `--debug`. Commander has already printed its own usage errors (and help, exit 0).
 */
export function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode;
  io.stderr(`switchyard: ${describe(error)}\n`);
  if (debug) io.stderr(debugDetails(error));
  return 1;
}

function describe(error: unknown): string {
  if (error instanceof ServerError) return `${error.message} (HTTP ${error.status}${error.type ? ` ${error.type}` : ''})`;
  return error instanceof Error ? error.message : String(error);
}

function debugDetails(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const code = error instanceof CliError ? `[${error.code}] ` : '';
  const cause = error.cause instanceof Error ? `\ncaused by: ${error.cause.stack ?? error.cause.message}` : '';
  return `${code}${error.stack ?? error.message}${cause}\n`;
}
