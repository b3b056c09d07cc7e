/**
 * One JSON line a server process logged (pino).
 *
 * @public
 */
export interface ServerLogEntry {
  /** pino's number: 30 info, 40 warn, 50 error, 60 fatal. */
  level: number;
  /** The message, e.g. `switchyard-server listening at http://127.0.0.1:9696`. */
  msg?: string;
  /** Whatever else the line carries (`url`, `service`, `stability`, `err`...). */
  [field: string]: unknown;
}

/** The JSON lines of `text`; a last line not yet ended by its newline is still being written, so it waits. */
export function parseLogLines(text: string): ServerLogEntry[] {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as ServerLogEntry);
}
