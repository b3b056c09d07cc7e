import { describe, expect, it } from 'vitest';
import { panelMarks } from './labels.js';

describe('panelMarks', () => {
  it('marks a preview with a badge and a one-line banner naming the service', () => {
    expect(panelMarks('preview', 'dns')).toEqual({ badge: true, banner: 'dns is a preview service: its API and data may change or be dropped in a later release.' });
  });

  it('marks a stable panel with nothing, so a promotion removes every mark', () => {
    expect(panelMarks('stable', 'dns')).toEqual({ badge: false, banner: undefined });
  });
});
