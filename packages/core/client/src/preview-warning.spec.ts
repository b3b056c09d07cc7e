import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnPreviewOnce } from './preview-warning.js';

const WORDS = (service: string) =>
  `GET /v2.0/widgets is a preview operation of ${service}: it may change or go away in a later release. Silence with { previewWarnings: false } or SWITCHYARD_NO_PREVIEW_WARNING=1.`;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Each test warns about its own service: the warning is once per service for the whole module.
describe('warnPreviewOnce', () => {
  it('in Node: emits one PreviewWarning through process.emitWarning per service, nothing on the console', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    warnPreviewOnce('node-service', 'GET /v2.0/widgets', true);
    warnPreviewOnce('node-service', 'GET /v2.0/widgets', true);
    expect(emitWarning.mock.calls).toEqual([[WORDS('node-service'), { type: 'PreviewWarning', code: 'SWITCHYARD_PREVIEW' }]]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('in a browser (no process): writes the same words once per service with console.warn, and the option still silences it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('process', undefined);
    warnPreviewOnce('browser-service', 'GET /v2.0/widgets', true);
    warnPreviewOnce('browser-service', 'GET /v2.0/widgets', true);
    warnPreviewOnce('browser-silenced', 'GET /v2.0/widgets', false);
    vi.unstubAllGlobals();
    expect(warn.mock.calls).toEqual([[`PreviewWarning: ${WORDS('browser-service')}`]]);
  });
});
