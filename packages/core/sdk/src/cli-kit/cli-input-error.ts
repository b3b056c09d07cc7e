/**
 * A command-line value the kit refuses. Option parsers throw it saying what they expect
 * (`expected true or false`); the kit adds the option and the value given
 * (`--enabled is "maybe"; expected true or false`). The CLI prints the message as one line and
 * exits with code 1.
 *
 * @public
 */
export class CliInputError extends Error {
  override name = 'CliInputError';
}
