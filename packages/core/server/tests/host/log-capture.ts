/** Collects the JSON lines pino writes, so tests can assert on what an operator would read. */
export interface CapturedLogs {
  lines: Array<Record<string, unknown>>;
  logger: { level: string; stream: { write(line: string): void } };
}

export function captureLogs(): CapturedLogs {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } },
  };
}
