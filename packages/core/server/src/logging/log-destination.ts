import path from 'node:path';
import pino, { type DestinationStream } from 'pino';

/** A destination as comparable text: the stream's name, or the file's absolute path. */
export function resolveLogDestination(destination: string, baseDir: string): string {
  return destination === 'stdout' || destination === 'stderr' ? destination : path.resolve(baseDir, destination);
}

/** An open destination and how to flush it before the process exits. */
export interface OpenDestination {
  stream: DestinationStream;
  close(): Promise<void>;
}

/**
 * Opens a resolved destination. Files are written asynchronously (a request's log line never
 * waits for the disk) and flushed when the server closes; their folder is created if missing.
 */
export function openLogDestination(resolved: string): OpenDestination {
  if (resolved === 'stdout' || resolved === 'stderr') {
    // Synchronous, as pino's own default: a line written just before exit still appears.
    return { stream: pino.destination({ dest: resolved === 'stdout' ? 1 : 2, sync: true }), close: async () => undefined };
  }
  const file = pino.destination({ dest: resolved, mkdir: true, append: true, sync: false });
  return {
    stream: file,
    // end() writes what is buffered (waiting for the file to open if it has not yet) and closes it.
    close: () =>
      new Promise((resolve) => {
        file.once('close', () => resolve());
        file.once('error', () => resolve());
        file.end();
      }),
  };
}
