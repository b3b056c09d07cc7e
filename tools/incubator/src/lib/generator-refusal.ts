/**
 * A generator refusing to run: the message says what is wrong and how to fix it. Thrown before
 * anything is written, so the Nx Tree (and the disk) stay untouched.
 */
export class GeneratorRefusal extends Error {
  override name = 'GeneratorRefusal';
}
