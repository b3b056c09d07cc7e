/**
 * `@switchyard/server/config-schema`: the described schema of the core keys of switchyard.toml,
 * for tools that print or check configs (`switchyard config sample`) without loading the server.
 * Nothing here imports Fastify or the database.
 */
export { CORE_CONFIG_SCHEMA } from './config/core-config-schema.js';
export {
  expectedValue,
  defaultOf,
  type ConfigKey,
  type ConfigSection,
  type ConfigValue,
  type KeyBase,
  type StringKey,
  type IntegerKey,
  type ChoiceKey,
  type StringListKey,
  type TablesKey,
  type PluginKeys,
} from './config/config-schema.js';
