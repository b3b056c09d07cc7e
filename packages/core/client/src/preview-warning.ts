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
  process.emitWarning(
    `${operation} is a preview operation of ${service}: it may change or go away in a later release. ` +
      `Silence with { previewWarnings: false } or ${SILENCE_PREVIEW_WARNINGS_ENV}=1.`,
    { type: 'PreviewWarning', code: 'SWITCHYARD_PREVIEW' },
  );
}

function silencedByEnvironment(): boolean {
  const value = process.env[SILENCE_PREVIEW_WARNINGS_ENV];
  return value !== undefined && value !== '' && value !== '0';
}
