/**
 * What `[logging] destination` and `[logging.services.<service>] destination` accept, apart from
 * the logger itself: the config schema (read by the CLI too) needs these without loading pino.
 */
export const LOG_DESTINATION_EXPECTED = '"stdout", "stderr" or a file path such as "logs/firewall.log" (relative to the config file\'s directory)';

/** stdout, stderr or a file path: any non-empty text without a NUL (which no path may hold). */
export function isLogDestination(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !value.includes('\0');
}
