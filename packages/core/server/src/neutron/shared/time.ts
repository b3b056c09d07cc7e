/** Neutron's timestamp format: ISO 8601 in UTC, seconds precision (2026-11-30T01:02:03Z). */
export function timestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
