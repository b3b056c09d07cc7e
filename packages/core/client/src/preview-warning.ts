/** Set (to anything but "" or "0", like NODE_NO_WARNINGS) to silence every preview warning of the process; the CLI's preview notice reads it too. */
export const SILENCE_PREVIEW_WARNINGS_ENV = 'SWITCHYARD_NO_PREVIEW_WARNING';

/** Services already warned about: like Node's ExperimentalWarning, one line per process each. */
const warnedServices = new Set<string>();

/**
 * The first call of one of `service`'s preview operations emits one `PreviewWarning`: its API may
 * still change, which the caller should know without reading the docs. Later calls stay quiet.
 */
export function warnPreviewOnce(service: string, operation: string, enabled: boolean): void {
  if (!enabled || silencedByEnvironment() || warnedServices.has(service)) return;
  warnedServices.add(service);
  emitPreviewWarning(
    `${operation} is a preview operation of ${service}: it may change or go away in a later release. ` +
      `Silence with { previewWarnings: false } or ${SILENCE_PREVIEW_WARNINGS_ENV}=1.`,
  );
}

/** Node's warning channel where there is one; a browser (no `process`) gets the same line on its console. */
function emitPreviewWarning(message: string): void {
  const node = nodeProcess();
  if (node) node.emitWarning(message, { type: 'PreviewWarning', code: 'SWITCHYARD_PREVIEW' });
  else console.warn(`PreviewWarning: ${message}`);
}

function silencedByEnvironment(): boolean {
  const value = nodeProcess()?.env[SILENCE_PREVIEW_WARNINGS_ENV];
  return value !== undefined && value !== '' && value !== '0';
}

/** Bundlers leave `process` undefined in a browser page: reading it there must not throw. */
function nodeProcess(): NodeJS.Process | undefined {
  return typeof process === 'undefined' || typeof process.emitWarning !== 'function' ? undefined : process;
}
