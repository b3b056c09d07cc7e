/**
 * `encodeURIComponent`, except that a lone surrogate (which it refuses) is written as the
 * three bytes a careless encoder would produce, so the server sees that malformed input too.
 */
export function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map(encodeCodePoint).join('');
  }
}

function encodeCodePoint(character: string): string {
  try {
    return encodeURIComponent(character);
  } catch {
    const unit = character.charCodeAt(0);
    const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
    return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  }
}
