/** TOML spellings of the values and keys a sample prints. */
const BARE_KEY = /^[A-Za-z0-9_-]+$/;

export function tomlKey(key: string): string {
  return BARE_KEY.test(key) ? key : JSON.stringify(key);
}

/** A JSON string is a valid TOML basic string: both escape `"`, `\` and control characters alike. */
export function tomlValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value).map(([key, entry]) => `${tomlKey(key)} = ${tomlValue(entry)}`);
    return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
  }
  throw new TypeError(`cannot write ${String(value)} as a TOML value`);
}

const WIDTH = 100;

/** `# text` lines wrapped at 100 columns (an indented line continues indented); an empty line stays `#`. */
export function comment(lines: readonly string[]): string[] {
  return lines.flatMap(wrap).map((line) => (line === '' ? '#' : `# ${line}`));
}

function wrap(line: string): string[] {
  if (line.length <= WIDTH - 2) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const continuation = indent === '' ? '' : `${indent}  `;
  const wrapped: string[] = [];
  let current = indent;
  for (const word of line.trim().split(' ')) {
    if (current.trim() !== '' && current.length + 1 + word.length > WIDTH - 2) {
      wrapped.push(current);
      current = continuation + word;
    } else {
      current = current.trim() === '' ? current + word : `${current} ${word}`;
    }
  }
  return [...wrapped, current];
}
