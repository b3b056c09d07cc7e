/** Names every plain object inherits: as keys, filters, sort keys, fields or ids they must be unknown, not found. */
export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;

/** Strings the databases refuse (NUL), rewrite (lone surrogates) or that code often mishandles. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '',
  ' ',
  "' OR 1=1 --",
  '../../etc/passwd',
  '\u202e\ufeff',
  'e\u0301',
  '😀',
  '__proto__',
];

/** Numbers past every integer column, below every minimum, or with a fraction. */
export const HOSTILE_NUMBERS: readonly number[] = [1e21, -1e21, 1e20, 2 ** 53 + 1, -(2 ** 53) - 1, -1, 0, 1.5, -0.5, 1e308, -1e308, 5e-324];

/** Query-string values as sent, undecoded: broken escapes, NUL, an encoded lone surrogate, overlong UTF-8. */
export const RAW_QUERY_VALUES: readonly string[] = ['%', '%ZZ', '%00', 'a%00b', '%ED%A0%80', '%C0%AF', '%FF', '+', '[]', '%5B%5D', '99999999999999999999', '-1', '1.5', '1e3', ''];

export const OVERSIZED_STRING_LENGTH = 64 * 1024 + 1;
export const OVERSIZED_BODY_LENGTH = 1024 * 1024 + 1024;
export const NESTING_DEPTH = 10_000;

export function deepArrayText(depth = NESTING_DEPTH): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

export function deepObjectText(depth = NESTING_DEPTH): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A copy of `object` with `key` as an own property, even `__proto__` (which plain assignment would not create). */
export function withOwn(object: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
