import { describe, expect, it } from 'vitest';
import { removeArrayItems } from './remove-array-items.js';

const remove = (text: string, ...names: string[]) => removeArrayItems(text, ['preview', 'enabled'], new Set(names));

describe('removeArrayItems', () => {
  it('cuts an inline item with its comma, first, middle or last', () => {
    expect(remove('[preview]\nenabled = ["a", "b", "c"]\n', 'a')).toBe('[preview]\nenabled = ["b", "c"]\n');
    expect(remove('[preview]\nenabled = ["a", "b", "c"]\n', 'b')).toBe('[preview]\nenabled = ["a", "c"]\n');
    expect(remove('[preview]\nenabled = ["a", "b", "c",]\n', 'c')).toBe('[preview]\nenabled = ["a", "b",]\n');
    expect(remove('[preview]\nenabled = ["a", "b", "c"]\n', 'a', 'c')).toBe('[preview]\nenabled = ["b"]\n');
  });

  it('takes an item alone on its line with its line and comment, keeping the others and their comments', () => {
    const text = '[preview]\nenabled = [\n  # previews we run\n  "a", # alpha\n  \'b\',\n  "c"\n]\nafter = 1\n';
    expect(remove(text, 'a')).toBe("[preview]\nenabled = [\n  # previews we run\n  'b',\n  \"c\"\n]\nafter = 1\n");
    expect(remove(text, 'c')).toBe('[preview]\nenabled = [\n  # previews we run\n  "a", # alpha\n  \'b\',\n]\nafter = 1\n');
  });

  it('leaves [] when the last item goes, unless comments stay inside', () => {
    expect(remove('[preview]\nenabled = [ "a" ]\n', 'a')).toBe('[preview]\nenabled = []\n');
    expect(remove('[preview]\nenabled = [\n  "a",\n]\n', 'a')).toBe('[preview]\nenabled = []\n');
    expect(remove('[preview]\nenabled = [\n  # none yet\n  "a",\n]\n', 'a')).toBe('[preview]\nenabled = [\n  # none yet\n]\n');
  });

  it('finds the array as a dotted key and inside an inline table, and compares decoded values', () => {
    expect(remove('preview.enabled = ["a", "b"]\n', 'a')).toBe('preview.enabled = ["b"]\n');
    expect(remove('preview = { enabled = ["a", "b"], note = "x" }\n', 'b')).toBe('preview = { enabled = ["a"], note = "x" }\n');
    expect(remove('[preview]\nenabled = ["\\u0061", "b"]\n', 'a')).toBe('[preview]\nenabled = ["b"]\n');
  });

  it('touches only the key at that path: not `enabled` in another table, not a string that merely contains the name', () => {
    const text = '[logging]\nenabled = ["a"]\n[preview]\nenabled = ["ab", "a"]\n';
    expect(remove(text, 'a')).toBe('[logging]\nenabled = ["a"]\n[preview]\nenabled = ["ab"]\n');
    expect(remove('[logging]\nenabled = ["a"]\n', 'a')).toBe('[logging]\nenabled = ["a"]\n');
  });
});
