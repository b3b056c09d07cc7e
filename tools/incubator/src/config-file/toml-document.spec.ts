import { describe, expect, it } from 'vitest';
import { scanArrayItems, scanToml } from './toml-document.js';

/** Each key path with the exact text of its value. */
function values(text: string): Array<[string, string, boolean]> {
  return scanToml(text).keyValues.map((entry) => [entry.path.join('.'), text.slice(entry.valueStart, entry.valueEnd), entry.inline]);
}

describe('scanToml', () => {
  it('gives every key its full path: under headers, dotted, quoted and inside inline tables', () => {
    const text = [
      'a = 1 # one',
      'preview . "enabled" = ["x"]',
      '[ plugins."dns" ]',
      "'max zones' = 10",
      'limits = { burst = 2, nested = { deep = true } }',
      '[[routes]]',
      'via = "10.0.0.1"',
    ].join('\n');
    expect(values(text)).toEqual([
      ['a', '1', false],
      ['preview.enabled', '["x"]', false],
      ['plugins.dns.max zones', '10', false],
      ['plugins.dns.limits', '{ burst = 2, nested = { deep = true } }', false],
      ['plugins.dns.limits.burst', '2', true],
      ['plugins.dns.limits.nested', '{ deep = true }', true],
      ['plugins.dns.limits.nested.deep', 'true', true],
      ['routes.via', '"10.0.0.1"', false],
    ]);
    expect(scanToml(text).headers.map((header) => [header.kind, header.path.join('.')])).toEqual([
      ['table', 'plugins.dns'],
      ['array-table', 'routes'],
    ]);
    expect(scanToml(text).keyValues.at(-1)?.inArrayTable).toBe(true);
  });

  it('is not fooled by brackets, quotes and hashes inside strings and comments', () => {
    const text = [
      'note = """ a ] b',
      '# not a comment ["x"] """',
      "raw = '''it's [here]'''",
      'list = [ # [ comment',
      '  "a]", # "b"',
      "  'c#',",
      ']',
      'when = 1979-05-27 07:32:00Z # a date with a space',
      'quoted = """ends with quotes"""""',
      'after = true',
    ].join('\n');
    expect(values(text).map(([key, value]) => `${key}=${value}`)).toEqual([
      'note=""" a ] b\n# not a comment ["x"] """',
      "raw='''it's [here]'''",
      `list=[ # [ comment\n  "a]", # "b"\n  'c#',\n]`,
      'when=1979-05-27 07:32:00Z',
      'quoted="""ends with quotes"""""',
      'after=true',
    ]);
  });
});

describe('scanArrayItems', () => {
  it('finds each item of a multi-line array with comments and nested values', () => {
    const text = 'x = [\n  "a", # first\n  [1, 2],\n  { b = "]" },\n]';
    const { items, end } = scanArrayItems(text, 4);
    expect(items.map((item) => text.slice(item.start, item.end))).toEqual(['"a"', '[1, 2]', '{ b = "]" }']);
    expect(end).toBe(text.length);
  });
});
