/**
 * Where the CLI reads its surroundings and writes its output; tests hand in their own.
 *
 * @public
 */
export interface CliIo {
  /** Receives text for stdout, newlines included. */
  stdout(text: string): void;
  /** Receives text for stderr, newlines included. */
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** The directory `./switchyard.toml` and plugin packages are looked up from. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}
