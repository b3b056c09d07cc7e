import { describe, expect, it } from 'vitest';
import { parseLogLines } from './log-lines.js';

describe('parseLogLines', () => {
  it('parses every ended JSON line, skipping blank ones', () => {
    const text = '{"level":30,"msg":"a"}\n\n{"level":40,"msg":"b","service":"dns"}\n';
    expect(parseLogLines(text)).toEqual([
      { level: 30, msg: 'a' },
      { level: 40, msg: 'b', service: 'dns' },
    ]);
  });

  it('leaves a line still being written for the next read instead of failing on half a JSON object', () => {
    expect(parseLogLines('{"level":30,"msg":"a"}\n{"level":30,"ms')).toEqual([{ level: 30, msg: 'a' }]);
    expect(parseLogLines('{"level":30')).toEqual([]);
  });
});
