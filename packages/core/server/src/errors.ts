/**
 * Start-up errors: each one is a sentence an operator can act on. The CLI prints the message
 * on one line and exits 1; embedders can catch `StartupError` to tell refusals from crashes.
 *
 * @public
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * The configuration (file, flags, environment) is invalid.
 *
 * @public
 */
export class ConfigError extends StartupError {
  override name = 'ConfigError';
}

/**
 * A command-line flag is unknown or malformed.
 *
 * @public
 */
export class UsageError extends ConfigError {
  override name = 'UsageError';
}

/**
 * A service plugin cannot be loaded or is not allowed to load.
 *
 * @public
 */
export class PluginLoadError extends StartupError {
  override name = 'PluginLoadError';
}
