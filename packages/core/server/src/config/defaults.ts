/** What the server runs with when neither the file, the environment nor a flag says otherwise. */
export const DEFAULTS = {
  configFileName: 'switchyard.toml',
  host: '127.0.0.1',
  port: 9696,
  logLevel: 'info',
  databaseUrl: 'sqlite:.switchyard/switchyard.db',
  authStrategy: 'noauth',
  defaultProject: 'default',
} as const;
