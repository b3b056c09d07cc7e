/** A transport port range, inclusive, as Neutron writes it: "80" or "8000:8080". */
export interface PortRange {
  min: number;
  max: number;
}

const PORT_RANGE = /^(\d{1,5})(?::(\d{1,5}))?$/;
export const MAX_PORT = 65535;

/** Parses "N" or "N:M" (0-65535, N <= M); undefined when the text is neither. */
export function parsePortRange(text: string): PortRange | undefined {
  const match = PORT_RANGE.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (min > MAX_PORT || max > MAX_PORT || min > max) return undefined;
  return { min, max };
}

export function portInRange(range: PortRange, port: number): boolean {
  return port >= range.min && port <= range.max;
}
