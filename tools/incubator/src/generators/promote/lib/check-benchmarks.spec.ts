import { describe, expect, it } from 'vitest';
import { readBenchFigures } from './check-benchmarks.js';

describe('readBenchFigures', () => {
  it('reads the last line that is a JSON object, keeping only finite numbers', () => {
    const output = ['> nx run @switchyard/firewall:bench', '{"evaluate_p99_ms": 9}', 'round 2', '{"evaluate_p99_ms": 2.5, "label": "x", "list_ratio_vs_bare": 0.93}', '', ' NX   Successfully ran target bench'].join('\n');
    expect({ ...readBenchFigures(output) }).toEqual({ evaluate_p99_ms: 2.5, list_ratio_vs_bare: 0.93 });
  });

  it('keeps a figure named __proto__ as a figure, not a prototype', () => {
    const figures = readBenchFigures('{"__proto__": 3, "toString": 1}');
    expect(figures?.['__proto__']).toBe(3);
    expect(Object.keys(figures ?? {})).toEqual(['__proto__', 'toString']);
  });

  it('is undefined when no line is a JSON object', () => {
    expect(readBenchFigures('{ not json\n[1, 2]\np99 2 ms')).toBeUndefined();
  });
});
