/**
 * Checks shared by the config file and its overrides (flags, environment), so a port or a
 * database URL is judged, and explained, the same way wherever it comes from.
 */
export const PORT_EXPECTED = 'an integer from 1 to 65535';

export const DATABASE_URL_EXPECTED =
  '"sqlite:<file>" (relative to the config file\'s directory), "sqlite::memory:" or "postgres://user:password@host:port/database"';

/** A port from TOML (a number) or from text (a flag or variable); undefined when not valid. */
export function parsePort(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535) return undefined;
  return number;
}

export function isDatabaseUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return true;
  return value.startsWith('sqlite:') && value.length > 'sqlite:'.length;
}

export function isHost(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9.:[\]-]+$/.test(value);
}

export const HOST_EXPECTED = 'a host name or IP address, such as "127.0.0.1" or "0.0.0.0"';
