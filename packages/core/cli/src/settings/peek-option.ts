/**
 * Reads one option's value before commander parses the line: the config file decides which
 * plugins (and so which commands) exist, so it must be known before the commands are built.
 * Accepts `--name value` and `--name=value`; stops at `--`.
 */
export function peekOption(argv: readonly string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--') return undefined;
    if (argument === name) return argv[index + 1];
    if (argument.startsWith(`${name}=`)) return argument.slice(name.length + 1);
  }
  return undefined;
}

/** Whether a flag without value (`--debug`) appears before `--`. */
export function hasFlag(argv: readonly string[], name: string): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes(name);
}
